package org.thirdsectoratlas.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.thirdsectoratlas.insights.application.InsightSnapshots;
import org.thirdsectoratlas.trust.application.TrustGraphHolder;

/**
 * Ready means warm: the in-memory trust graph and the insights computed ahead are loaded, so that the first
 * requests a load balancer sends do not wait for whole-graph computations (at Leeds size a lookup took over 10 s
 * while they ran). Once loaded they are only ever replaced, so this stays UP.
 */
@Readiness
@ApplicationScoped
public class WarmReadinessCheck implements HealthCheck {

    private TrustGraphHolder trustGraph;
    private InsightSnapshots insights;

    protected WarmReadinessCheck() {
        // for CDI proxies
    }

    @Inject
    public WarmReadinessCheck(TrustGraphHolder trustGraph, InsightSnapshots insights) {
        this.trustGraph = trustGraph;
        this.insights = insights;
    }

    @Override
    public HealthCheckResponse call() {
        boolean trust = trustGraph.loaded().isPresent();
        boolean computed = insights.computed();
        return HealthCheckResponse.named("warm").status(trust && computed)
                .withData("trustGraphLoaded", trust)
                .withData("insightsComputed", computed)
                .build();
    }
}
