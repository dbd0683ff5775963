package org.thirdsectoratlas.platform.graph;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Where {@link GraphChanges} stood when a background computation last read the graph, so that a scheduled
 * recomputation can be skipped when nothing has committed since: at L one round of insights and the in-memory
 * trust graph costs minutes of both cores. Only with the embedded engine, where every commit is counted; against an
 * external graph every tick recomputes, since writes by other clients are not seen.
 */
public final class ChangeWatermark {

    private final GraphChanges changes;
    private final AtomicLong readAt = new AtomicLong(-1);

    public ChangeWatermark(GraphChanges changes) {
        this.changes = changes;
    }

    /** Call before the computation reads the graph: what it reflects at least. */
    public long beforeReading() {
        return changes.version();
    }

    /** The computation that began reading at {@code version} has finished. */
    public void computed(long version) {
        readAt.set(version);
    }

    /** True when a scheduled recomputation would read exactly what the last one read. */
    public boolean unchanged() {
        return changes.movesOnEveryCommit() && readAt.get() == changes.version();
    }
}
