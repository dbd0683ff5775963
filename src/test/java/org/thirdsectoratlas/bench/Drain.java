package org.thirdsectoratlas.bench;

import java.time.Duration;

import org.thirdsectoratlas.platform.graph.Graph;

/**
 * Waits, between two cells of the grid, until the server has no graph transaction left running: a client that
 * gave up on a slow request does not stop the server's work on it, and that work must not be measured as
 * part of the next cell. The server's transaction timeout (set by the benchmark at restart) bounds the wait.
 */
final class Drain {

    /** Every transaction except the one asking. */
    static final String OTHERS = """
            SHOW TRANSACTIONS YIELD transactionId, currentQuery
            WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
            RETURN count(*) AS running
            """;

    private final Graph graph;
    private final Duration limit;

    Drain(Graph graph, Duration limit) {
        this.graph = graph;
        this.limit = limit;
    }

    /** Milliseconds waited until no other transaction ran (twice in a row, 100 ms apart), at most the limit. */
    long await() throws InterruptedException {
        long started = System.nanoTime();
        int quiet = 0;
        while (quiet < 2 && System.nanoTime() - started < limit.toNanos()) {
            long running = graph.read(tx -> tx.run(OTHERS).single().get("running").asLong());
            quiet = running == 0 ? quiet + 1 : 0;
            Thread.sleep(100);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }
}
