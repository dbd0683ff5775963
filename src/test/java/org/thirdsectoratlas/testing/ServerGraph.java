package org.thirdsectoratlas.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.seed.application.SeedInstaller;
import org.thirdsectoratlas.seed.infrastructure.DirectorySeedSource;
import org.thirdsectoratlas.seed.infrastructure.Neo4jSeedStore;

/**
 * The integration suite shares one Liberty, one deployment and its embedded Neo4j; ITs that write (editing,
 * security) put the graph back to the plain Leeds seed afterwards, so the ITs that assert Leeds answers see only
 * the research. The reset counts as a change (the change counter moves), so the running Atlas drops what it holds
 * in memory as it does for a write through another replica; the reset returns once the insights computed ahead
 * are of the seed again.
 */
public final class ServerGraph {

    private static final Duration CATCH_UP = Duration.ofSeconds(90);

    private ServerGraph() {
    }

    public static void resetToLeedsSeed() {
        String uri = "bolt://127.0.0.1:" + System.getProperty("bolt.port", "7687");
        Instant reset;
        try (Driver driver = GraphDatabase.driver(uri, AuthTokens.none())) {
            Graph graph = new Graph(driver, "neo4j");
            long counter = graph.read(tx -> tx.run(
                    "OPTIONAL MATCH (k:ChangeCounter {id: 'changes'}) RETURN coalesce(k.next, 0) AS next")
                    .single().get("next").asLong());
            graph.runAutoCommit("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS");
            new SeedInstaller(new Neo4jSeedStore(graph)).install(new DirectorySeedSource(TestGraph.SEED), false);
            // computedAt is written to the millisecond
            reset = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            graph.write(tx -> tx.run("MERGE (k:ChangeCounter {id: 'changes'}) SET k.next = $next",
                    Map.of("next", counter + 1)).consume());
        }
        awaitInsightsComputedAfter(reset);
    }

    /**
     * Each insight snapshot carries when its computation started: one started after the reset read the seed. (A
     * round may start while the graph is being emptied; the moved counter starts another.)
     */
    private static void awaitInsightsComputedAfter(Instant reset) {
        Instant deadline = Instant.now().plus(CATCH_UP);
        for (String insight : List.of("api/insights/coverage", "api/insights/summary", "api/insights/lead-exposure")) {
            while (true) {
                var response = Http.get(insight);
                if (response.statusCode() == 200
                        && !Instant.parse(Http.json(response).getString("computedAt")).isBefore(reset)) {
                    break;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("The Atlas had not recomputed " + insight + " " + CATCH_UP.toSeconds()
                            + " s after the seed was put back: " + response.statusCode() + " " + response.body());
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for the Atlas", e);
                }
            }
        }
    }
}
