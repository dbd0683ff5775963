package org.thirdsectoratlas.generator.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

import org.thirdsectoratlas.generator.domain.EcosystemSink;
import org.thirdsectoratlas.generator.domain.GeneratedNode;
import org.thirdsectoratlas.generator.domain.GeneratedTie;

/**
 * Groups generated elements into batches of one label or one tie shape and writes each full batch in its
 * own transaction. Pending nodes are always written before any ties, so a tie's ends exist when it is.
 */
final class BatchingSink implements EcosystemSink {

    private static final Logger LOG = Logger.getLogger(BatchingSink.class.getName());
    private static final long PROGRESS_EVERY = 250_000;

    private record Shape(String type, String fromLabel, String toLabel) {
    }

    private final EcosystemStore store;
    private final LoadStamp stamp;
    private final int batchSize;
    private final Map<String, List<GeneratedNode>> nodes = new LinkedHashMap<>();
    private final Map<Shape, List<GeneratedTie>> ties = new LinkedHashMap<>();
    private final Map<String, Long> tiesByType = new TreeMap<>();
    private final Map<String, Long> millisByKind = new TreeMap<>();
    private final long started = System.nanoTime();
    private long nodeCount;
    private long tieCount;
    private int transactions;

    BatchingSink(EcosystemStore store, LoadStamp stamp, int batchSize) {
        this.store = store;
        this.stamp = stamp;
        this.batchSize = batchSize;
    }

    @Override
    public void node(GeneratedNode node) {
        List<GeneratedNode> batch = nodes.computeIfAbsent(node.label(), l -> new ArrayList<>());
        batch.add(node);
        if (batch.size() >= batchSize) {
            writeNodes(node.label(), batch);
        }
    }

    @Override
    public void tie(GeneratedTie tie) {
        List<GeneratedTie> batch = ties.computeIfAbsent(new Shape(tie.type(), tie.fromLabel(), tie.toLabel()),
                s -> new ArrayList<>());
        batch.add(tie);
        if (batch.size() >= batchSize) {
            writeTies(batch);
        }
    }

    /** Writes whatever is still pending: nodes first. */
    void flush() {
        nodes.forEach(this::writeNodes);
        ties.values().forEach(this::writeTies);
    }

    private void writeNodes(String label, List<GeneratedNode> batch) {
        if (!batch.isEmpty()) {
            long t0 = System.nanoTime();
            store.writeNodes(label, List.copyOf(batch), stamp);
            millisByKind.merge(label, (System.nanoTime() - t0) / 1_000_000, Long::sum);
            nodeCount += batch.size();
            transactions++;
            batch.clear();
        }
    }

    private void writeTies(List<GeneratedTie> batch) {
        if (batch.isEmpty()) {
            return;
        }
        nodes.forEach(this::writeNodes);
        long t0 = System.nanoTime();
        store.writeTies(List.copyOf(batch), stamp);
        millisByKind.merge(batch.get(0).type(), (System.nanoTime() - t0) / 1_000_000, Long::sum);
        long before = tieCount;
        tieCount += batch.size();
        tiesByType.merge(batch.get(0).type(), (long) batch.size(), Long::sum);
        transactions++;
        batch.clear();
        if (before / PROGRESS_EVERY != tieCount / PROGRESS_EVERY) {
            LOG.info(() -> String.format("%s: %,d relationships written, %,.0f/s", stamp.dataset(), tieCount,
                    tieCount / ((System.nanoTime() - started) / 1e9)));
        }
    }

    long nodeCount() {
        return nodeCount;
    }

    long tieCount() {
        return tieCount;
    }

    int transactions() {
        return transactions;
    }

    /** Milliseconds spent writing each label and tie type: where a load's time goes. */
    Map<String, Long> millisByKind() {
        return Map.copyOf(millisByKind);
    }

    Map<String, Long> tiesByType() {
        return Map.copyOf(tiesByType);
    }
}
