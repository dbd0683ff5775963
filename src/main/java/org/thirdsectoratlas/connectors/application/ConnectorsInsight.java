package org.thirdsectoratlas.connectors.application;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import org.thirdsectoratlas.connectors.domain.ConnectorAnalysis;
import org.thirdsectoratlas.connectors.domain.Connectors;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.trust.application.TrustGraphHolder;
import org.thirdsectoratlas.trust.domain.TrustGraphRepository;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;

/**
 * Serves the connectors insight computed ahead, so a request never walks the whole graph. It is analysed over
 * each whole trust graph {@link TrustGraphHolder} loads for the pathway search (after start, after every change
 * made through the Atlas, and on the holder's schedule when anything else has committed), so the graph is read
 * from the database once for both. A request before the first analysis computes once, over the held graph when
 * it is current, else over its own read.
 */
@ApplicationScoped
public class ConnectorsInsight {

    public static final String STALENESS = "Computed ahead over the whole trust graph each time the Atlas "
            + "changes it: after start, after every change made through the Atlas (the analysis's time later: "
            + "seconds for a city, longer for a national graph), and every atlas.trust.refresh-seconds (5 minutes "
            + "by default) when anything else has been written. Built from PUBLIC facts only (privacy tiers): "
            + "partners-only and private organisations and ties are left out for every caller.";

    private TrustGraphHolder trustGraph;
    private TrustGraphRepository repository;
    private volatile Connectors current;
    /** When the graph behind {@link #current} was read, so an analysis that finishes late never replaces a newer. */
    private Instant readAt = Instant.MIN;

    protected ConnectorsInsight() {
        // for CDI proxies
    }

    @Inject
    public ConnectorsInsight(TrustGraphHolder trustGraph, TrustGraphRepository repository) {
        this.trustGraph = trustGraph;
        this.repository = repository;
    }

    /** Off the loading thread: at national size the analysis takes tens of seconds. */
    void onLoaded(@ObservesAsync TrustGraphHolder.Loaded loaded) {
        analyse(loaded.graph(), loaded.loadedAt());
    }

    public Connectors current() {
        Connectors answer = current;
        return answer != null ? answer : first();
    }

    /** Waits for an analysis already running (after the first load) rather than doing a second one beside it. */
    private synchronized Connectors first() {
        return current != null ? current : refresh();
    }

    /** Analyses now: the held graph when it is current, else a graph read for this. */
    public Connectors refresh() {
        Instant now = Instant.now();
        TrustGraphSnapshot graph = trustGraph.current(Viewer.PUBLIC).orElseGet(() -> repository.load());
        return analyse(graph, now);
    }

    private synchronized Connectors analyse(TrustGraphSnapshot graph, Instant graphReadAt) {
        if (current != null && graphReadAt.isBefore(readAt)) {
            return current;
        }
        current = ConnectorAnalysis.analyse(graph, STALENESS, Clock.systemUTC());
        readAt = graphReadAt;
        return current;
    }
}
