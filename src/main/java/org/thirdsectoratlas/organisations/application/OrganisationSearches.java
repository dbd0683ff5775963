package org.thirdsectoratlas.organisations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.thirdsectoratlas.organisations.domain.OrganisationFilter;
import org.thirdsectoratlas.organisations.domain.OrganisationSummary;
import org.thirdsectoratlas.platform.graph.GraphAnswers;
import org.thirdsectoratlas.platform.graph.GraphChanges;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * GET /api/organisations?q=...: the first page of a text search is remembered per (filters and words, page size,
 * viewer), so a popular search costs one full-text read until the graph changes. The order is fixed (relevance,
 * then index order) so it needs no key of its own. Later pages and plain listings are read every time.
 * Invalidation is {@link GraphAnswers}': any committed write (and an Atlas edit, which moves {@link GraphChanges}
 * through OrganisationRepresentations) makes every remembered page stale.
 */
@ApplicationScoped
public class OrganisationSearches {

    private record Key(OrganisationFilter filter, int size, Viewer viewer) {
    }

    private OrganisationDirectory directory;
    private GraphAnswers<Key, Page<OrganisationSummary>> firstPages;

    protected OrganisationSearches() {
        // for CDI proxies
    }

    @Inject
    public OrganisationSearches(OrganisationDirectory directory, GraphChanges changes,
                                @ConfigProperty(name = "atlas.organisations.search-cache-entries",
                                        defaultValue = "1000") int maxEntries,
                                @ConfigProperty(name = "atlas.organisations.cache-seconds",
                                        defaultValue = "60") long ttlSeconds) {
        this.directory = directory;
        this.firstPages = new GraphAnswers<>(changes, maxEntries, ttlSeconds);
    }

    public Page<OrganisationSummary> list(OrganisationFilter filter, PageRequest request, Viewer viewer) {
        if (filter.text() == null || request.page() != 0) {
            return directory.list(filter, request, viewer);
        }
        return firstPages.get(new Key(filter, request.size(), viewer), () -> directory.list(filter, request, viewer));
    }

    int size() {
        return firstPages.size();
    }

    /** The remembered answers, for their hit and miss counts (/metrics). */
    public GraphAnswers<?, ?> answerCache() {
        return firstPages;
    }
}
