package org.thirdsectoratlas.connectors.application;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import org.thirdsectoratlas.connectors.domain.ConnectorAnalysis;
import org.thirdsectoratlas.connectors.domain.Connectors;
import org.thirdsectoratlas.platform.graph.ChangeWatermark;
import org.thirdsectoratlas.platform.graph.GraphChanges;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.trust.domain.TrustGraphChanged;
import org.thirdsectoratlas.trust.domain.TrustGraphRepository;

/**
 * Serves the connectors insight from a cache so a request never walks the whole graph: computed shortly after
 * start, then every {@link #REFRESH}, and again soon after a {@link TrustGraphChanged} event. The first request
 * before any computation has finished computes it once, synchronously.
 */
@ApplicationScoped
public class ConnectorsInsight {

    public static final int REFRESH_MINUTES = 10;
    public static final Duration REFRESH = Duration.ofMinutes(REFRESH_MINUTES);
    public static final String STALENESS = "Computed ahead over the whole trust graph: on start, every "
            + REFRESH_MINUTES + " minutes, and within seconds of a change to ties of trust made through the "
            + "Atlas; at most " + REFRESH_MINUTES + " minutes old. Built from PUBLIC facts only (privacy tiers): "
            + "partners-only and private organisations and ties are left out for every caller.";
    private static final Logger LOG = Logger.getLogger(ConnectorsInsight.class.getName());

    private TrustGraphRepository repository;
    private ManagedScheduledExecutorService scheduler;
    private volatile Connectors current;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private ScheduledFuture<?> schedule;
    private ChangeWatermark watermark;

    protected ConnectorsInsight() {
        // for CDI proxies
    }

    @Inject
    public ConnectorsInsight(TrustGraphRepository repository, GraphChanges changes) {
        this.repository = repository;
        this.watermark = new ChangeWatermark(changes);
    }

    @Resource
    void setScheduler(ManagedScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    void onStart(@Observes Startup startup) {
        schedule = scheduler.scheduleWithFixedDelay(this::tick, 5, REFRESH.toSeconds(), TimeUnit.SECONDS);
    }

    void onChange(@Observes TrustGraphChanged change) {
        if (scheduler != null && refreshQueued.compareAndSet(false, true)) {
            scheduler.schedule(() -> {
                refreshQueued.set(false);
                refreshQuietly();
            }, 2, TimeUnit.SECONDS);
        }
    }

    public Connectors current() {
        Connectors answer = current;
        return answer != null ? answer : refresh();
    }

    public synchronized Connectors refresh() {
        long version = watermark.beforeReading();
        current = ConnectorAnalysis.analyse(repository.load(Viewer.PUBLIC), STALENESS, Clock.systemUTC());
        watermark.computed(version);
        return current;
    }

    /** A scheduled run: skipped when nothing has committed since the last analysis read the graph. */
    private void tick() {
        if (current == null || !watermark.unchanged()) {
            refreshQuietly();
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The graph may still be starting; the next run or the first request tries again.
            LOG.log(Level.INFO, "Connectors not computed yet: " + e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(true);
        }
    }
}
