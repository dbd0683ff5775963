package org.thirdsectoratlas.pathways.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.thirdsectoratlas.pathways.domain.PathwayQuery;
import org.thirdsectoratlas.pathways.domain.PathwayResult;
import org.thirdsectoratlas.platform.graph.GraphAnswers;
import org.thirdsectoratlas.platform.graph.GraphChanges;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.trust.domain.TrustGraphChanged;

/**
 * Pathway answers remembered per (whole query, whole viewer) until the graph changes: a commissioner's question
 * asked again, or a service polling the same pairs, costs a map lookup instead of a search. Invalidation is
 * {@link GraphAnswers}': any committed write makes every remembered answer stale, and an Atlas edit empties the
 * memory (for an external graph, whose writes the server cannot see, the time-to-live bounds staleness). Unknown
 * ids are errors, never remembered. A caller may ask for a fresh search ({@code Cache-Control: no-cache}).
 */
@ApplicationScoped
public class PathwaySearches {

    private record Key(PathwayQuery query, Viewer viewer) {
    }

    private PathwayFinder finder;
    private GraphAnswers<Key, PathwayResult> answers;

    protected PathwaySearches() {
        // for CDI proxies
    }

    @Inject
    public PathwaySearches(PathwayFinder finder, GraphChanges changes,
                           @ConfigProperty(name = "atlas.pathways.cache-entries", defaultValue = "1000")
                           int maxEntries,
                           @ConfigProperty(name = "atlas.pathways.cache-seconds", defaultValue = "60")
                           long ttlSeconds) {
        this.finder = finder;
        this.answers = new GraphAnswers<>(changes, maxEntries, ttlSeconds);
    }

    /** The remembered answer while the graph is unchanged, otherwise a search. */
    public PathwayResult find(PathwayQuery query, Viewer viewer) {
        return answers.get(new Key(query, viewer), () -> finder.find(query, viewer));
    }

    /** A search even when an answer is remembered; its answer replaces the remembered one. */
    public PathwayResult findFresh(PathwayQuery query, Viewer viewer) {
        return answers.reread(new Key(query, viewer), () -> finder.find(query, viewer));
    }

    /** The remembered answers are stale already (the edit moved GraphChanges); this frees them. */
    void onChange(@Observes TrustGraphChanged change) {
        answers.clear();
    }

    int size() {
        return answers.size();
    }

    /** The remembered answers, for their hit and miss counts (/metrics). */
    public GraphAnswers<?, ?> answerCache() {
        return answers;
    }
}
