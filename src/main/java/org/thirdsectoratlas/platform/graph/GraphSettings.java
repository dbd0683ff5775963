package org.thirdsectoratlas.platform.graph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;

/**
 * Where the graph is. With {@code neo4j.uri} (env NEO4J_URI) set, an external server or cluster is used
 * and nothing is started; otherwise an embedded engine is started on loopback.
 */
public record GraphSettings(Optional<String> externalUri, String username, Optional<String> password,
                            String database, String embeddedHost, int embeddedBoltPort, Path embeddedHome,
                            String embeddedPageCache, Duration embeddedTransactionTimeout, int maxConnectionPoolSize,
                            long retryMillis, boolean seedOnStart) {

    public static GraphSettings from(Config config) {
        return new GraphSettings(
                config.getOptionalValue("neo4j.uri", String.class).filter(s -> !s.isBlank()),
                config.getOptionalValue("neo4j.username", String.class).orElse("neo4j"),
                config.getOptionalValue("neo4j.password", String.class).filter(s -> !s.isBlank()),
                config.getOptionalValue("neo4j.database", String.class).orElse("neo4j"),
                config.getOptionalValue("atlas.neo4j.embedded.host", String.class).orElse("127.0.0.1"),
                config.getOptionalValue("atlas.neo4j.embedded.bolt.port", Integer.class).orElse(7687),
                // Liberty runs with the server output folder as its working directory.
                Path.of(config.getOptionalValue("atlas.neo4j.embedded.home", String.class).orElse("neo4j")),
                config.getOptionalValue("atlas.neo4j.embedded.pagecache", String.class).orElse("256m"),
                Duration.ofSeconds(config.getOptionalValue("atlas.neo4j.embedded.transaction-timeout-seconds",
                        Long.class).orElse(0L)),
                config.getOptionalValue("atlas.neo4j.pool.size", Integer.class).orElse(100),
                config.getOptionalValue("atlas.neo4j.retry-millis", Long.class).orElse(500L),
                config.getOptionalValue("atlas.seed.on-start", Boolean.class).orElse(true));
    }

    public boolean embedded() {
        return externalUri.isEmpty();
    }

    public String boltUri() {
        return externalUri.orElseGet(() -> "bolt://" + embeddedHost + ":" + embeddedBoltPort);
    }
}
