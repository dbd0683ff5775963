package org.thirdsectoratlas.platform.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.Tag;
import org.thirdsectoratlas.organisations.application.OrganisationSearches;
import org.thirdsectoratlas.organisations.interfaces.rest.OrganisationRepresentations;
import org.thirdsectoratlas.pathways.application.PathwaySearches;
import org.thirdsectoratlas.platform.graph.ChangeSignal;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.platform.graph.GraphAnswers;
import org.thirdsectoratlas.trust.application.TrustGraphHolder;

/**
 * The Atlas's own gauges on /metrics (Prometheus text, mpMetrics), beside what Liberty gives per REST route
 * (requests and latency: {@code REST_request_seconds}) and for the JVM: how fresh this replica is (the change
 * signal's last read, the trust graph's age and load time), how its answer caches serve, and how many graph
 * sessions are in use. Gauges read the state when scraped; nothing is counted twice.
 */
@ApplicationScoped
public class AtlasMetrics {

    private MetricRegistry registry;
    private Graph graph;
    private ChangeSignal signal;
    private TrustGraphHolder trustGraph;
    private Map<String, Supplier<GraphAnswers<?, ?>>> caches;

    protected AtlasMetrics() {
        // for CDI proxies
    }

    @Inject
    public AtlasMetrics(MetricRegistry registry, Graph graph, ChangeSignal signal, TrustGraphHolder trustGraph,
                        OrganisationRepresentations organisations, OrganisationSearches searches,
                        PathwaySearches pathways) {
        this.registry = registry;
        this.graph = graph;
        this.signal = signal;
        this.trustGraph = trustGraph;
        this.caches = Map.of("organisation", organisations::answerCache, "organisation-search",
                searches::answerCache, "pathways", pathways::answerCache);
    }

    void register(@Observes Startup startup) {
        gauge("atlas.graph.sessions.in.use", MetricUnits.NONE,
                "Graph sessions open now; each holds at most one of the driver's pooled connections",
                () -> graph.sessionsOpen());
        gauge("atlas.change.signal.age", MetricUnits.SECONDS,
                "Seconds since this replica last read the change counter (writes through other replicas are seen "
                        + "within this plus 0.5 s); -1 before the first read",
                () -> signal.millisSinceLastPoll() < 0 ? -1.0 : signal.millisSinceLastPoll() / 1000.0);
        gauge("atlas.trust.graph.age", MetricUnits.SECONDS,
                "Seconds since the held trust graph was loaded; -1 before the first load",
                () -> trustGraph.loaded().map(l -> Duration.between(l.loadedAt(), Instant.now()).toMillis() / 1000.0)
                        .orElse(-1.0));
        gauge("atlas.trust.graph.load", MetricUnits.SECONDS, "How long the held trust graph took to load",
                () -> trustGraph.loaded().map(l -> l.loadMillis() / 1000.0).orElse(-1.0));
        caches.forEach((name, cache) -> {
            Tag tag = new Tag("cache", name);
            gauge("atlas.answer.cache.hits", MetricUnits.NONE, "Answers served from memory", () ->
                    (double) cache.get().hits(), tag);
            gauge("atlas.answer.cache.misses", MetricUnits.NONE, "Answers read from the graph", () ->
                    (double) cache.get().misses(), tag);
            gauge("atlas.answer.cache.size", MetricUnits.NONE, "Answers remembered now", () ->
                    (double) cache.get().size(), tag);
        });
    }

    private void gauge(String name, String unit, String description, Supplier<Number> value, Tag... tags) {
        registry.gauge(Metadata.builder().withName(name).withUnit(unit).withDescription(description).build(),
                value, Supplier::get, tags);
    }
}
