package org.thirdsectoratlas.platform.graph;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A counter that moves on every committed write to the graph, for caches of read answers: an answer read
 * while the counter stood at {@code n} is current only while it still stands at {@code n}. With the embedded
 * engine every committed write moves it (a transaction listener, so writes over Bolt from other processes
 * count too: the generator, a test resetting the graph); callers that write through the Atlas also call
 * {@link #changed()} after committing, which is all an external graph gets.
 */
@ApplicationScoped
public class GraphChanges {

    private final AtomicLong version = new AtomicLong();
    private volatile boolean everyCommit;

    public long version() {
        return version.get();
    }

    /**
     * What an embedded engine's commit listener runs; from then on every committed write, from any client,
     * moves the counter.
     */
    public Runnable commitListener() {
        everyCommit = true;
        return this::changed;
    }

    /** True when every committed write moves the counter, not just the Atlas's own (an embedded engine). */
    public boolean movesOnEveryCommit() {
        return everyCommit;
    }

    /** A write has committed: every answer read before now may be stale. */
    public void changed() {
        version.incrementAndGet();
    }
}
