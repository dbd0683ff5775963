package org.thirdsectoratlas.insights.application;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * One insight held in memory. Readers get the last computed snapshot and never wait for a
 * recomputation, except before the very first one.
 */
final class Precomputed<T> {

    private final Supplier<T> computation;
    private final long refreshSeconds;
    private final Clock clock;
    private final AtomicReference<Snapshot<T>> current = new AtomicReference<>();

    Precomputed(Supplier<T> computation, long refreshSeconds, Clock clock) {
        this.computation = computation;
        this.refreshSeconds = refreshSeconds;
        this.clock = clock;
    }

    Snapshot<T> get() {
        Snapshot<T> snapshot = current.get();
        return snapshot != null ? snapshot : refresh();
    }

    /** Computes afresh; concurrent refreshes are serialised so the graph is not read twice at once. */
    synchronized Snapshot<T> refresh() {
        Snapshot<T> snapshot = new Snapshot<>(clock.instant(), refreshSeconds, computation.get());
        current.set(snapshot);
        return snapshot;
    }

    boolean computed() {
        return current.get() != null;
    }
}
