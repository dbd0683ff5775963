package org.thirdsectoratlas.generator.domain;

import java.util.Map;
import java.util.TreeMap;

/** Counts generated nodes by label and ties by type (what a load should leave in the graph). */
public final class EcosystemCensus implements EcosystemSink {

    private final Map<String, Long> nodes = new TreeMap<>();
    private final Map<String, Long> ties = new TreeMap<>();

    @Override
    public void node(GeneratedNode node) {
        nodes.merge(node.label(), 1L, Long::sum);
    }

    @Override
    public void tie(GeneratedTie tie) {
        ties.merge(tie.type(), 1L, Long::sum);
    }

    public Map<String, Long> nodesByLabel() {
        return Map.copyOf(nodes);
    }

    public Map<String, Long> tiesByType() {
        return Map.copyOf(ties);
    }

    public long nodeCount() {
        return nodes.values().stream().mapToLong(Long::longValue).sum();
    }

    public long tieCount() {
        return ties.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public String toString() {
        return nodeCount() + " nodes " + nodes + ", " + tieCount() + " ties " + ties;
    }
}
