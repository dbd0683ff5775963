package org.thirdsectoratlas.testing;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.seed.application.SeedInstaller;
import org.thirdsectoratlas.seed.infrastructure.DirectorySeedSource;
import org.thirdsectoratlas.seed.infrastructure.Neo4jSeedStore;

/**
 * The integration suite shares one Liberty and its embedded Neo4j; ITs that write (editing, security) put the
 * graph back to the plain Leeds seed afterwards, so the ITs that assert Leeds answers see only the research.
 */
public final class ServerGraph {

    private ServerGraph() {
    }

    public static void resetToLeedsSeed() {
        String uri = "bolt://127.0.0.1:" + System.getProperty("bolt.port", "7687");
        try (Driver driver = GraphDatabase.driver(uri, AuthTokens.none())) {
            Graph graph = new Graph(driver, "neo4j");
            graph.runAutoCommit("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS");
            new SeedInstaller(new Neo4jSeedStore(graph)).install(new DirectorySeedSource(TestGraph.SEED), false);
        }
    }
}
