package org.thirdsectoratlas.platform.graph;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.thirdsectoratlas.trust.domain.TrustGraphChanged;

/**
 * The one change signal shared by every replica: the change log's counter node, which every write through the
 * Atlas takes (it numbers the change and serialises writers). Each replica reads it with one indexed read every
 * {@code atlas.changes.poll-millis} (500) and, when it moved without this replica having written, does what a
 * local write does: moves {@link GraphChanges} (answer caches) and fires the same {@link TrustGraphChanged} the
 * edit services fire (trust graph, insights, organisation answers). A replica's own writes are noted as they
 * are announced, so they are not acted upon twice. Writes that bypass the Atlas (a bulk load straight into the
 * database) do not move the counter: the periodic reloads and the answer caches' time-to-live catch those.
 */
@ApplicationScoped
public class ChangeSignal {

    /** One indexed read (constraint changecounter_id in graph-seed/schema). */
    static final String READ = "MATCH (k:ChangeCounter {id: 'changes'}) RETURN k.next AS sequence";

    /** The reason carried by the events this class fires, so that its own observer ignores them. */
    public static final String ELSEWHERE = "changed through another replica";

    private static final Logger LOG = Logger.getLogger(ChangeSignal.class.getName());

    private Graph graph;
    private GraphChanges changes;
    private BooleanSupplier ready;
    private Consumer<TrustGraphChanged> announce;
    private long pollMillis;
    private ManagedScheduledExecutorService scheduler;
    private ScheduledFuture<?> schedule;
    /** The counter as last seen; -1 before the first read. Guarded by this. */
    private long seen = -1;
    private volatile long lastPollNanos;
    private volatile boolean failing;

    protected ChangeSignal() {
        // for CDI proxies
    }

    @Inject
    public ChangeSignal(Graph graph, GraphChanges changes, GraphBootstrap bootstrap, Event<TrustGraphChanged> events,
                        @ConfigProperty(name = "atlas.changes.poll-millis", defaultValue = "500") long pollMillis) {
        this(graph, changes, bootstrap::isReady, events::fire, pollMillis);
    }

    /** With another readiness test and announcer: tests that run without CDI. */
    public ChangeSignal(Graph graph, GraphChanges changes, BooleanSupplier ready,
                        Consumer<TrustGraphChanged> announce, long pollMillis) {
        this.graph = graph;
        this.changes = changes;
        this.ready = ready;
        this.announce = announce;
        this.pollMillis = pollMillis;
    }

    @Resource
    void setScheduler(ManagedScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** After GraphBootstrap (default observer priority 2500). */
    void onStart(@Observes @Priority(2550) Startup startup) {
        schedule = scheduler.scheduleWithFixedDelay(this::pollQuietly, 0, pollMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * A write through this replica was announced: remember the counter now, before the other observers start
     * reloading (lower priority numbers are notified first), so the next poll does not announce it again. What
     * they reload is read after this, so it holds every change the counter counts.
     */
    public void onLocalChange(@Observes @Priority(1000) TrustGraphChanged change) {
        if (ELSEWHERE.equals(change.reason()) || !ready.getAsBoolean()) {
            return;
        }
        try {
            synchronized (this) {
                seen = read();
            }
        } catch (RuntimeException e) {
            // The write committed; the next poll announces it once more, which only costs a reload.
            LOG.fine(() -> "Change counter unread after a local write: " + e.getClass().getSimpleName());
        }
    }

    private void pollQuietly() {
        try {
            poll();
            if (failing) {
                failing = false;
                LOG.info("The change counter answers again");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "The change counter cannot be read: {0}", e.getClass().getSimpleName());
            }
        }
    }

    /** Reads the counter once; true when it moved since the last read (and the move was announced). */
    public boolean poll() {
        if (!ready.getAsBoolean()) {
            return false;
        }
        boolean moved;
        synchronized (this) {
            long now = read();
            lastPollNanos = System.nanoTime();
            moved = seen >= 0 && now != seen;
            seen = now;
        }
        if (moved) {
            changes.changed();
            announce.accept(new TrustGraphChanged(ELSEWHERE));
        }
        return moved;
    }

    /** Milliseconds since the counter was last read (how stale this replica may be), or -1 before the first. */
    public long millisSinceLastPoll() {
        long last = lastPollNanos;
        return last == 0 ? -1 : (System.nanoTime() - last) / 1_000_000;
    }

    private long read() {
        return graph.read(tx -> {
            var result = tx.run(READ);
            return result.hasNext() ? result.next().get("sequence").asLong(0) : 0L;
        });
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
