package org.thirdsectoratlas.generator.application;

import java.time.Duration;
import java.util.Map;

/** What a load wrote and how fast (ties per second is the figure issue 6 asks for). */
public record LoadReport(String dataset, String sourceRef, long nodes, long ties, int transactions,
                         Duration elapsed, Map<String, Long> tiesByType,
                         Map<String, Long> millisByKind) {

    public double tiesPerSecond() {
        return ties / Math.max(0.001, elapsed.toNanos() / 1e9);
    }

    public double nodesPerSecond() {
        return nodes / Math.max(0.001, elapsed.toNanos() / 1e9);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "%s (%s): %,d nodes and %,d relationships in %,d transactions, %.1f s: %,.0f relationships/s, "
                        + "%,.0f nodes/s", dataset, sourceRef, nodes, ties, transactions, elapsed.toMillis() / 1000.0,
                tiesPerSecond(), nodesPerSecond()) + "; ms by label/type " + new java.util.TreeMap<>(millisByKind);
    }
}
