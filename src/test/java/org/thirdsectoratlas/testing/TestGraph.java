package org.thirdsectoratlas.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.thirdsectoratlas.platform.graph.EmbeddedNeo4j;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.platform.graph.GraphChanges;
import org.thirdsectoratlas.seed.application.SeedInstaller;
import org.thirdsectoratlas.seed.infrastructure.DirectorySeedSource;
import org.thirdsectoratlas.seed.infrastructure.Neo4jSeedStore;

/**
 * One real embedded Neo4j for the whole test JVM, reached over Bolt through the driver exactly as the
 * application reaches it. Starting an engine costs seconds, so test classes share it.
 */
public final class TestGraph {

    /** The repository's own seed folder: the same files the application loads. */
    public static final Path SEED = Path.of("graph-seed");

    private static Graph graph;
    private static final GraphChanges CHANGES = new GraphChanges();

    private TestGraph() {
    }

    public static synchronized Graph graph() {
        if (graph == null) {
            try {
                Path home = Files.createTempDirectory("atlas-neo4j-test");
                EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(home, "127.0.0.1", freePort(), "64m");
                neo4j.onCommit("neo4j", CHANGES.commitListener());
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    driver.close();
                    neo4j.close();
                }));
                graph = new Graph(driver, "neo4j");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return graph;
    }

    /** Moves on every committed write to the test graph, as the application's does (GraphBootstrap). */
    public static GraphChanges changes() {
        graph();
        return CHANGES;
    }

    /** The graph with the Leeds seed in place (tests that wipe it leave it to be reloaded here). */
    public static Graph seeded() {
        Graph g = graph();
        new SeedInstaller(new Neo4jSeedStore(g)).install(new DirectorySeedSource(SEED), false);
        return g;
    }

    /** Removes every node; for tests that need an empty graph. */
    public static void wipe() {
        graph().runAutoCommit("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS");
    }

    public static long count(String cypher, Map<String, Object> params) {
        return graph().read(tx -> tx.run(cypher, params).single().get(0).asLong());
    }

    public static long count(String cypher) {
        return count(cypher, Map.of());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
