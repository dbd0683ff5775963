package org.thirdsectoratlas.platform.graph;

import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Owns the application's single {@link Driver}. Creating a driver does not connect, so it exists from
 * the start even while an embedded engine is still starting or an external cluster is unreachable.
 */
@ApplicationScoped
public class GraphConnection {

    private GraphSettings settings;
    private Driver driver;
    private Graph graph;

    protected GraphConnection() {
        // for CDI proxies
    }

    @Inject
    public GraphConnection(Config config) {
        this.settings = GraphSettings.from(config);
        this.driver = GraphDatabase.driver(settings.boltUri(),
                settings.password().map(p -> AuthTokens.basic(settings.username(), p)).orElseGet(AuthTokens::none),
                org.neo4j.driver.Config.builder()
                        .withUserAgent("third-sector-atlas")
                        .withMaxConnectionPoolSize(settings.maxConnectionPoolSize())
                        // Fail fast rather than hold request threads when the graph is down: a refused connection
                        // is seen at once, a silent host after 1 s, a full pool after 2 s. Transaction functions
                        // retry a failure once (after the driver's first ~1 s back-off) and then give up, so a
                        // request answers 503 within about 2 s; the default would retry for 30 s.
                        .withConnectionAcquisitionTimeout(2, TimeUnit.SECONDS)
                        .withConnectionTimeout(1, TimeUnit.SECONDS)
                        .withMaxTransactionRetryTime(settings.retryMillis(), TimeUnit.MILLISECONDS)
                        // The driver logs each retry with its stack trace: during an outage, one per request.
                        // Readiness and the change signal report an outage, once.
                        .withLogging(org.neo4j.driver.Logging.javaUtilLogging(java.util.logging.Level.SEVERE))
                        .build());
        this.graph = new Graph(driver, settings.database());
    }

    public GraphSettings settings() {
        return settings;
    }

    @Produces
    public Graph graph() {
        return graph;
    }

    @PreDestroy
    void close() {
        driver.close();
    }
}
