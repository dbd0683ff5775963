package org.thirdsectoratlas.insights.application;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.thirdsectoratlas.consortia.readiness.domain.Evidence;
import org.thirdsectoratlas.insights.domain.CoverageMatrix;
import org.thirdsectoratlas.insights.domain.CoverageRepository;
import org.thirdsectoratlas.insights.domain.LeadExposure;
import org.thirdsectoratlas.insights.domain.LeadExposureRepository;
import org.thirdsectoratlas.insights.domain.Summary;
import org.thirdsectoratlas.insights.domain.SummaryRepository;
import org.thirdsectoratlas.platform.graph.ChangeWatermark;
import org.thirdsectoratlas.platform.graph.GraphBootstrap;
import org.thirdsectoratlas.platform.graph.GraphChanges;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.trust.domain.TrustGraphChanged;

/**
 * The whole-graph insights (coverage, summary, lead exposure), computed ahead so that a request never
 * walks the whole graph: once after start (when the seed is in), then every
 * {@code atlas.insights.refresh-seconds} (default 300) unless nothing has committed since (embedded engine), and
 * again soon after {@link #invalidate()} or a {@link TrustGraphChanged}. One snapshot serves every caller, so it
 * is built from PUBLIC facts only ({@link #FACTS}): privacy tiers hide partners-only and private facts from these
 * insights for everyone.
 */
@ApplicationScoped
public class InsightSnapshots {

    /** Who the shared snapshots are computed for. */
    public static final Viewer FACTS = Viewer.PUBLIC;
    public static final String PUBLIC_ONLY = "Computed ahead from PUBLIC facts only (privacy tiers): partners-only "
            + "and private organisations and ties are left out for every caller.";

    private static final Logger LOG = Logger.getLogger(InsightSnapshots.class.getName());

    private GraphBootstrap bootstrap;
    private ManagedScheduledExecutorService scheduler;
    private long refreshSeconds;
    private Precomputed<CoverageMatrix> coverage;
    private Precomputed<Summary> summary;
    private Precomputed<LeadExposure> leadExposure;
    private java.util.concurrent.ScheduledFuture<?> schedule;
    private ChangeWatermark watermark;

    protected InsightSnapshots() {
        // for CDI proxies
    }

    @Inject
    public InsightSnapshots(CoverageRepository coverageRepository, SummaryRepository summaryRepository,
                            LeadExposureRepository leadExposureRepository, GraphBootstrap bootstrap,
                            GraphChanges changes,
                            @ConfigProperty(name = "atlas.insights.refresh-seconds", defaultValue = "300")
                            long refreshSeconds,
                            @ConfigProperty(name = "atlas.insights.coverage.organisations-per-cell",
                                    defaultValue = "50") int organisationsPerCell) {
        this.bootstrap = bootstrap;
        this.watermark = new ChangeWatermark(changes);
        this.refreshSeconds = refreshSeconds;
        Clock clock = Clock.systemUTC();
        this.coverage = new Precomputed<>(() -> coverageRepository.compute(organisationsPerCell, FACTS), refreshSeconds, clock);
        this.summary = new Precomputed<>(() -> summaryRepository.compute(FACTS), refreshSeconds, clock);
        this.leadExposure = new Precomputed<>(() -> leadExposureRepository.compute(Evidence.LEAD_RISKS, FACTS),
                refreshSeconds, clock);
    }

    @Resource
    void setScheduler(ManagedScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** After GraphBootstrap (default observer priority 2500) has brought the graph and seed up. */
    void onStart(@Observes @Priority(2600) Startup startup) {
        schedule = scheduler.scheduleWithFixedDelay(this::tick, 0, refreshSeconds, TimeUnit.SECONDS);
    }

    /** A scheduled round: skipped when nothing has committed since the last one read the graph. */
    void tick() {
        if (!watermark.unchanged()) {
            refreshWhenReady();
        }
    }

    public Snapshot<CoverageMatrix> coverage() {
        return coverage.get();
    }

    /** Recomputes coverage now: used when a request names a community or locality newer than the snapshot. */
    public Snapshot<CoverageMatrix> recomputeCoverage() {
        return coverage.refresh();
    }

    public Snapshot<Summary> summary() {
        return summary.get();
    }

    public Snapshot<LeadExposure> leadExposure() {
        return leadExposure.get();
    }

    /** True once every insight has been computed at least once (readiness: a server is ready when warm). */
    public boolean computed() {
        return coverage.computed() && summary.computed() && leadExposure.computed();
    }

    public long refreshSeconds() {
        return refreshSeconds;
    }

    /** Call after writes that change coverage, counts or leads: recomputes in the background now. */
    public void invalidate() {
        if (scheduler != null) {
            scheduler.execute(this::refreshWhenReady);
        }
    }

    /** Ties of trust changed (an edit through the Atlas): the snapshots count them too. */
    void onChange(@Observes TrustGraphChanged change) {
        invalidate();
    }

    void refreshWhenReady() {
        if (!bootstrap.isReady()) {
            return;
        }
        long version = watermark.beforeReading();
        boolean complete = true;
        for (Precomputed<?> insight : List.of(coverage, summary, leadExposure)) {
            try {
                long started = System.nanoTime();
                Object value = insight.refresh().insight();
                LOG.info(() -> value.getClass().getSimpleName() + " recomputed in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms");
            } catch (RuntimeException e) {
                // Keep serving the previous snapshot; the next tick tries again.
                LOG.log(Level.WARNING, "An insight could not be recomputed", e);
                complete = false;
            }
        }
        if (complete) {
            watermark.computed(version);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
