package org.thirdsectoratlas.trust.application;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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
import org.thirdsectoratlas.trust.domain.TrustGraphBuilder;
import org.thirdsectoratlas.trust.domain.TrustGraphChanged;
import org.thirdsectoratlas.trust.domain.TrustGraphRepository;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;

/**
 * The whole trust graph held in memory, every live fact with its privacy tier, so that pathway searches for every
 * caller walk arrays instead of the database. Loaded whole after start; after a {@link TrustGraphChanged} only the
 * change is applied: the change log numbers every write made through the Atlas and names its subjects, so the
 * holder reads the changes since the last it applied, reads again just those subjects' facts (their direct ties,
 * the whole membership of their groups) into the held facts and freezes the next snapshot from them, with no read
 * of the rest of the graph. A change it cannot apply so (a number with no change recorded, an import, too many
 * changes or subjects at once) and a write the log does not number (a bulk load, a reset: noticed by the event with
 * an unmoved counter, or by a different count of organisations and trust relationships) load the whole graph
 * again, as does every {@code atlas.trust.refresh-seconds} tick after a change (a compaction that also catches
 * anything written beside the Atlas). A new snapshot replaces the old one in one volatile write, so a reader never
 * sees a half-built graph. A snapshot is only handed out while it is current: from a change event (fired
 * synchronously by the edit, before its response) until the change is applied, the next caller applies it before
 * searching ({@link #graph()}), so nobody reads an answer older than their own write.
 * With the embedded engine the counts are read again only after a commit has moved {@link GraphChanges}, so a
 * search on a quiet graph makes no database round trip; an external graph's counts are read on every search.
 */
@ApplicationScoped
public class TrustGraphHolder {

    private static final Logger LOG = Logger.getLogger(TrustGraphHolder.class.getName());

    /** A loaded graph, the change count it reflects, and what it cost. */
    public record Loaded(TrustGraphSnapshot graph, long generation,
                         TrustGraphRepository.Fingerprint fingerprint, Instant loadedAt, long loadMillis,
                         boolean delta) {
    }

    /** More changes than this between two looks at the log, or more subjects, and a whole load is cheaper. */
    static final int MOST_CHANGES = 200;
    static final int MOST_SUBJECTS = 500;

    private TrustGraphRepository repository;
    private GraphBootstrap bootstrap;
    private long refreshSeconds;
    private ManagedScheduledExecutorService scheduler;
    private Event<Loaded> loads;
    private volatile Loaded current;
    private final AtomicLong changes = new AtomicLong();
    private final AtomicBoolean rebuildQueued = new AtomicBoolean();
    private ScheduledFuture<?> schedule;
    /** The held facts the snapshots are frozen from, and the change they reflect. Guarded by this. */
    private TrustGraphBuilder facts;
    private long factsSequence;
    private int deltasSinceLoad;
    private final AtomicReference<Loaded> unannounced = new AtomicReference<>();
    private final AtomicBoolean announcing = new AtomicBoolean();
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
     * A scheduled whole load: skipped while the loaded graph is current, no change has been applied to it and
     * nothing has committed since it was read (embedded engine; against an external graph every tick reloads).
     */
    void tick() {
        Loaded loaded = current;
        boolean deltas;
        synchronized (this) {
            deltas = deltasSinceLoad > 0;
        }
        if (loaded == null || deltas || loaded.generation() != changes.get() || !loadedAt.unchanged()) {
            whenReady(this::rebuild);
        }
    }

    /** Synchronous: from now until the change is applied, {@link #current} is empty. */
    public void onChange(@Observes TrustGraphChanged change) {
        changes.incrementAndGet();
        queueRefresh();
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
            queueRefresh();
            return Optional.empty();
        }
        verifiedAt.computed(commit);
        return Optional.of(loaded.graph());
    }

    public Optional<Loaded> loaded() {
        return Optional.ofNullable(current);
    }

    /**
     * The current graph, applying the changes first when it is not (the request after a write waits for the graph
     * that holds it, so a caller always sees its own write; searches never go to the database instead).
     */
    public TrustGraphSnapshot graph() {
        return current().orElseGet(() -> {
            synchronized (this) {
                return current().orElseGet(() -> refresh().graph());
            }
        });
    }

    /**
     * Brings the held graph up to the database: the changes numbered since the last applied, applied to the held
     * facts; a whole load when they cannot be (see the class comment).
     */
    public synchronized Loaded refresh() {
        if (facts == null || current == null) {
            return rebuild();
        }
        Loaded held = current;
        if (current().isPresent()) {
            return held;   // already applied (a refresh queued by the event, after the caller's next request)
        }
        long generation = changes.get();
        long started = System.nanoTime();
        long commit = loadedAt.beforeReading();
        TrustGraphRepository.Fingerprint fingerprint = repository.fingerprint();
        long upTo = repository.changeSequence();
        if (upTo <= factsSequence || upTo - factsSequence > MOST_CHANGES) {
            return rebuild();
        }
        Optional<Set<String>> subjects = repository.subjectsOfChanges(factsSequence, upTo);
        if (subjects.isEmpty() || subjects.get().size() > MOST_SUBJECTS) {
            return rebuild();
        }
        try {
            repository.reread(facts, subjects.get());
        } catch (RuntimeException e) {
            facts = null;   // half re-read: only a whole load is trusted now
            throw e;
        }
        TrustGraphSnapshot graph = facts.build(current.graph());
        factsSequence = upTo;
        deltasSinceLoad++;
        Loaded loaded = new Loaded(graph, generation, fingerprint, Instant.now(),
                (System.nanoTime() - started) / 1_000_000, true);
        install(loaded, commit);
        LOG.fine(() -> "Trust graph: changes up to " + upTo + " applied in " + loaded.loadMillis() + " ms ("
                + subjects.get().size() + " subjects)");
        return loaded;
    }

    /** Loads the whole graph now and swaps it in (also used by tests and the microbenchmark). */
    public synchronized Loaded rebuild() {
        long generation = changes.get();
        long started = System.nanoTime();
        long commit = loadedAt.beforeReading();
        TrustGraphRepository.Fingerprint fingerprint = repository.fingerprint();
        TrustGraphRepository.Facts read = repository.loadFacts();
        TrustGraphSnapshot graph = read.facts().build();
        facts = read.facts();
        factsSequence = read.sequence();
        deltasSinceLoad = 0;
        Loaded loaded = new Loaded(graph, generation, fingerprint, Instant.now(),
                (System.nanoTime() - started) / 1_000_000, false);
        install(loaded, commit);
        LOG.info(() -> "Trust graph loaded in " + loaded.loadMillis() + " ms: " + graph.organisationCount()
                + " organisations, " + graph.tieCount() + " ties, " + graph.membershipCount() + " memberships");
        return loaded;
    }

    private void install(Loaded loaded, long commit) {
        current = loaded;
        verifiedAt.computed(commit);
        loadedAt.computed(commit);
        announce(loaded);
    }

    /**
     * Hands the new graph to the whole-graph analyses, one analysis at a time: under a stream of changes the ones
     * that land while an analysis runs are folded into the next (only the newest graph is analysed).
     */
    private void announce(Loaded loaded) {
        if (loads == null) {
            return;
        }
        unannounced.set(loaded);
        if (announcing.compareAndSet(false, true)) {
            announceNext();
        }
    }

    private void announceNext() {
        Loaded next = unannounced.getAndSet(null);
        if (next == null) {
            announcing.set(false);
            if (unannounced.get() != null && announcing.compareAndSet(false, true)) {
                announceNext();
            }
            return;
        }
        loads.fireAsync(next).whenComplete((event, failure) -> {
            if (failure != null) {
                LOG.log(Level.WARNING, "An analysis of the loaded trust graph failed", failure);
            }
            announceNext();
        });
    }

    private void queueRefresh() {
        if (scheduler != null && rebuildQueued.compareAndSet(false, true)) {
            scheduler.schedule(() -> {
                rebuildQueued.set(false);
                whenReady(this::refresh);
            }, 200, TimeUnit.MILLISECONDS);
        }
    }

    void rebuildWhenReady() {
        whenReady(this::rebuild);
    }

    private void whenReady(java.util.function.Supplier<Loaded> load) {
        if (!bootstrap.isReady()) {
            return;
        }
        try {
            load.get();
        } catch (RuntimeException e) {
            // Keep the graph held; the next change or tick tries again.
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
