package org.thirdsectoratlas.connectors.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.connectors.application.ConnectorsInsight;
import org.thirdsectoratlas.connectors.domain.Connectors;

/** The connectors page: the cached connectors snapshot (never computed per request unless none exists yet). */
@Named
@RequestScoped
public class ConnectorsView {

    private ConnectorsInsight insight;
    private Connectors connectors;

    protected ConnectorsView() {
        // for CDI proxies
    }

    @Inject
    public ConnectorsView(ConnectorsInsight insight) {
        this.insight = insight;
    }

    public Connectors getConnectors() {
        if (connectors == null) {
            connectors = insight.current();
        }
        return connectors;
    }

    /** Betweenness as a share of all pairs of other organisations: "12.5%". */
    public String share(double normalised) {
        return Math.round(normalised * 1000) / 10.0 + "%";
    }
}
