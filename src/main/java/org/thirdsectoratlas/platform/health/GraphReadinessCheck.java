package org.thirdsectoratlas.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.platform.graph.GraphBootstrap;

/** Ready when the graph answers and its schema and seed are in place. */
@Readiness
@ApplicationScoped
public class GraphReadinessCheck implements HealthCheck {

    private GraphBootstrap bootstrap;
    private Graph graph;

    protected GraphReadinessCheck() {
        // for CDI proxies
    }

    @Inject
    public GraphReadinessCheck(GraphBootstrap bootstrap, Graph graph) {
        this.bootstrap = bootstrap;
        this.graph = graph;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("graph");
        if (!bootstrap.isReady()) {
            return response.down().withData("problem", String.valueOf(bootstrap.problem())).build();
        }
        try {
            graph.verifyConnectivity();
            return response.up().build();
        } catch (RuntimeException e) {
            return response.down().withData("problem", e.getClass().getSimpleName()).build();
        }
    }
}
