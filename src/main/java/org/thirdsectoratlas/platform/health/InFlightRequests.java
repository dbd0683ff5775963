package org.thirdsectoratlas.platform.health;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The requests this server is answering now and since when, so that liveness can notice request threads that
 * no longer come back (a blocked log pipe, a lock never released) while the process itself looks healthy.
 */
@ApplicationScoped
public class InFlightRequests {

    private final Map<Long, Long> startedNanos = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final LongSupplier clock;

    public InFlightRequests() {
        this(System::nanoTime);
    }

    /** With another clock: tests. */
    public InFlightRequests(LongSupplier clock) {
        this.clock = clock;
    }

    /** A request begins; give the returned ticket to {@link #finished}. */
    public long started() {
        long id = ids.incrementAndGet();
        startedNanos.put(id, clock.getAsLong());
        return id;
    }

    public void finished(long ticket) {
        startedNanos.remove(ticket);
    }

    /** How many requests have been running for at least this many seconds. */
    public long runningLongerThan(long seconds) {
        long now = clock.getAsLong();
        long limit = seconds * 1_000_000_000L;
        return startedNanos.values().stream().filter(start -> now - start >= limit).count();
    }

    public int running() {
        return startedNanos.size();
    }
}
