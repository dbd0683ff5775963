package org.thirdsectoratlas.networks.interfaces.web;


import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.insights.application.CommissionerInsights;
import org.thirdsectoratlas.insights.interfaces.web.CoverageLines;
import org.thirdsectoratlas.networks.application.NetworkDirectory;
import org.thirdsectoratlas.networks.domain.Network;
import org.thirdsectoratlas.platform.web.IdView;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * One network's page: network.xhtml?id=leeds-solidarity-network. What the public may see (Viewer.PUBLIC),
 * like the organisation page; the coverage comes from the precomputed matrix, itself public facts only.
 */
@Named
@ViewScoped
public class NetworkView extends IdView {

    private static final long serialVersionUID = 1L;

    private NetworkDirectory directory;
    private CommissionerInsights insights;
    private Network network;
    private CoverageLines coverage = CoverageLines.NONE;

    protected NetworkView() {
        // for CDI proxies
    }

    @Inject
    public NetworkView(NetworkDirectory directory, CommissionerInsights insights) {
        this.directory = directory;
        this.insights = insights;
    }

    @Override
    protected void read(String id) {
        network = directory.get(id, Viewer.PUBLIC);
        coverage = CoverageLines.ofGroup(insights.coverage(null, null), id, network.members());
    }

    public Network getNetwork() {
        return network;
    }

    public CoverageLines getCoverage() {
        return coverage;
    }
}
