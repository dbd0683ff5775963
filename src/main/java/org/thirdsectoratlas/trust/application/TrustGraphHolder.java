package org.thirdsectoratlas.trust.application;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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
import org.thirdsectoratlas.platform.graph.ChangeWatermark;
import org.thirdsectoratlas.platform.graph.GraphBootstrap;
import org.thirdsectoratlas.platform.graph.GraphChanges;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.trust.domain.TrustGraphChanged;
import org.thirdsectoratlas.trust.domain.TrustGraphRepository;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;

/**
 * The whole trust graph held in memory, every live fact with its privacy tier, so that pathway searches for every
 * caller walk arrays instead of the database. Loaded after start, rebuilt in the background after every {@link TrustGraphChanged} and every
 * {@code atlas.trust.refresh-seconds} when something has committed since the last load; a rebuilt snapshot
 * replaces the old one in one volatile write, so a reader never sees a half-built graph. A snapshot is only
 * handed out while it is current: a change event (fired synchronously by the edit, before its response) or a
 * different count of organisations and trust relationships in the database (a bulk load, a reset: writes that
 * fire no event) makes the next caller load it again before searching ({@link #graph()}), so nobody reads an
 * answer older than their own write.
 * With the embedded engine the counts are read again only after a commit has moved {@link GraphChanges}, so a
 * search on a quiet graph makes no database round trip; an external graph's counts are read on every search.
 */
@ApplicationScoped
public class TrustGraphHolder {

    private static final Logger LOG = Logger.getLogger(TrustGraphHolder.class.getName());

    /** A loaded graph, the change count it reflects, and what it cost. */
    public record Loaded(TrustGraphSnapshot graph, long generation,
                         TrustGraphRepository.Fingerprint fingerprint, Instant loadedAt, long loadMillis) {
    }

    private TrustGraphRepository repository;
    private GraphBootstrap bootstrap;
    private long refreshSeconds;
    private ManagedScheduledExecutorService scheduler;
    private Event<Loaded> loads;
    private volatile Loaded current;
    private final AtomicLong changes = new AtomicLong();
    private final AtomicBoolean rebuildQueued = new AtomicBoolean();
    private ScheduledFuture<?> schedule;
    /** Where the commit count stood when the loaded snapshot was read. */
    private ChangeWatermark loadedAt;
    /** Where the commit count stood when the database's counts last matched the loaded snapshot's. */
    private ChangeWatermark verifiedAt;

    protected TrustGraphHolder() {
        // for CDI proxies
    }

    @Inject
    public TrustGraphHolder(TrustGraphRepository repository, GraphBootstrap bootstrap, GraphChanges commits,
                            @ConfigProperty(name = "atlas.trust.refresh-seconds", defaultValue = "300")
                            long refreshSeconds) {
        this.repository = repository;
        this.bootstrap = bootstrap;
        this.loadedAt = new ChangeWatermark(commits);
        this.verifiedAt = new ChangeWatermark(commits);
        this.refreshSeconds = refreshSeconds;
    }

    @Resource
    void setScheduler(ManagedScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** Every load is announced, so other whole-graph analyses (the connectors) need not read the graph again. */
    @Inject
    void announceLoadsTo(Event<Loaded> loads) {
        this.loads = loads;
    }

    /** After GraphBootstrap (default observer priority 2500) has brought the graph and seed up. */
    void onStart(@Observes @Priority(2700) Startup startup) {
        schedule = scheduler.scheduleWithFixedDelay(this::tick, 0, refreshSeconds, TimeUnit.SECONDS);
    }

    /**
     * A scheduled rebuild: skipped while the loaded graph is current and nothing has committed since it was read
     * (embedded engine; against an external graph every tick reloads).
     */
    void tick() {
        Loaded loaded = current;
        if (loaded == null || loaded.generation() != changes.get() || !loadedAt.unchanged()) {
            rebuildWhenReady();
        }
    }

    /** Synchronous: from now until the rebuild lands, {@link #current} is empty. */
    public void onChange(@Observes TrustGraphChanged change) {
        changes.incrementAndGet();
        queueRebuild();
    }

    /**
     * The in-memory graph when it is current, else empty (before the first load, and while a rebuild is due). It
     * holds every live fact with its tier, the same for every caller; a search filters it with the caller's
     * {@link org.thirdsectoratlas.trust.domain.Sight}.
     */
    public Optional<TrustGraphSnapshot> current(Viewer viewer) {
        return current();
    }

    /** {@link #current(Viewer)}: the graph does not depend on who asks. */
    public Optional<TrustGraphSnapshot> current() {
        Loaded loaded = current;
        if (loaded == null || loaded.generation() != changes.get()) {
            return Optional.empty();
        }
        if (verifiedAt.unchanged()) {
            return Optional.of(loaded.graph());
        }
        long commit = verifiedAt.beforeReading();
        if (!loaded.fingerprint().equals(repository.fingerprint())) {
            queueRebuild();
            return Optional.empty();
        }
        verifiedAt.computed(commit);
        return Optional.of(loaded.graph());
    }

    public Optional<Loaded> loaded() {
        return Optional.ofNullable(current);
    }

    /**
     * The current graph, loading it first when it is not (the request after a write waits for the graph that holds
     * it, so a caller always sees its own write; searches never go to the database instead).
     */
    public TrustGraphSnapshot graph() {
        return current().orElseGet(() -> {
            synchronized (this) {
                return current().orElseGet(() -> rebuild().graph());
            }
        });
    }

    /** Loads the whole graph now and swaps it in (also used by tests and the microbenchmark). */
    public synchronized Loaded rebuild() {
        long generation = changes.get();
        long started = System.nanoTime();
        long commit = loadedAt.beforeReading();
        TrustGraphRepository.Fingerprint fingerprint = repository.fingerprint();
        TrustGraphSnapshot graph = repository.load();
        Loaded loaded = new Loaded(graph, generation, fingerprint, Instant.now(),
                (System.nanoTime() - started) / 1_000_000);
        current = loaded;
        verifiedAt.computed(commit);
        loadedAt.computed(commit);
        LOG.info(() -> "Trust graph loaded in " + loaded.loadMillis() + " ms: " + graph.organisationCount()
                + " organisations, " + graph.tieCount() + " ties, " + graph.membershipCount() + " memberships");
        if (loads != null) {
            loads.fireAsync(loaded).whenComplete((event, failure) -> {
                if (failure != null) {
                    LOG.log(Level.WARNING, "An analysis of the loaded trust graph failed", failure);
                }
            });
        }
        return loaded;
    }

    private void queueRebuild() {
        if (scheduler != null && rebuildQueued.compareAndSet(false, true)) {
            scheduler.schedule(() -> {
                rebuildQueued.set(false);
                rebuildWhenReady();
            }, 200, TimeUnit.MILLISECONDS);
        }
    }

    void rebuildWhenReady() {
        if (!bootstrap.isReady()) {
            return;
        }
        try {
            rebuild();
        } catch (RuntimeException e) {
            // Keep answering from the database; the next change or tick tries again.
            LOG.log(Level.WARNING, "The trust graph could not be loaded", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
