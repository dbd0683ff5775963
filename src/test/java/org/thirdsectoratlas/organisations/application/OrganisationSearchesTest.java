package org.thirdsectoratlas.organisations.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.organisations.domain.OrganisationFilter;
import org.thirdsectoratlas.organisations.domain.OrganisationSummary;
import org.thirdsectoratlas.organisations.infrastructure.graph.Neo4jOrganisationRepository;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.platform.graph.GraphChanges;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

/**
 * The first page of a text search on the real seeded graph: remembered per (words and filters, size, viewer)
 * until any write commits, bounded, and only for the first page of a search.
 */
class OrganisationSearchesTest {

    private static final OrganisationFilter SOLIDARITY = words("solidarity");
    private static final PageRequest FIRST = new PageRequest(0, 20);

    private static Graph graph;
    private static OrganisationDirectory directory;

    @BeforeAll
    static void seed() {
        graph = TestGraph.seeded();
        directory = new OrganisationDirectory(new Neo4jOrganisationRepository(graph));
    }

    @AfterEach
    void removeTheProbe() {
        graph.write(tx -> tx.run("MATCH (o:Organisation {id: 'search-cache-probe'}) DETACH DELETE o").consume());
    }

    private static OrganisationFilter words(String text) {
        return new OrganisationFilter(text, null, null, null, null, null);
    }

    private static OrganisationSearches searches(int maxEntries) {
        return new OrganisationSearches(directory, TestGraph.changes(), maxEntries, 60);
    }

    @Test
    void aRepeatedSearchIsServedUntilAWriteCommitsThenReadsTheNewMatch() {
        OrganisationSearches searches = searches(1000);
        var first = searches.list(SOLIDARITY, FIRST, Viewer.PUBLIC);
        assertSame(first, searches.list(SOLIDARITY, FIRST, Viewer.PUBLIC), "the second search is a hit");
        assertEquals(directory.list(SOLIDARITY, FIRST, Viewer.PUBLIC), first, "and the same answer as a read");

        graph.write(tx -> tx.run("""
                CREATE (:Organisation {id: 'search-cache-probe', name: 'Solidarity Probe', kind: 'CHARITY'})""")
                .consume());
        var after = searches.list(SOLIDARITY, FIRST, Viewer.PUBLIC);
        assertNotSame(first, after);
        assertEquals(first.total() + 1, after.total());
        assertTrue(after.items().stream().map(OrganisationSummary::id).anyMatch("search-cache-probe"::equals));
    }

    @Test
    void anAtlasEditMovesTheCounterAndInvalidatesToo() {
        GraphChanges changes = new GraphChanges();
        OrganisationSearches searches = new OrganisationSearches(directory, changes, 1000, 60);
        var first = searches.list(SOLIDARITY, FIRST, Viewer.PUBLIC);
        changes.changed();
        assertNotSame(first, searches.list(SOLIDARITY, FIRST, Viewer.PUBLIC));
    }

    @Test
    void viewersPageSizesAndLaterPagesAreKeptApartOrNotKept() {
        OrganisationSearches searches = searches(1000);
        var anyone = searches.list(SOLIDARITY, FIRST, Viewer.PUBLIC);
        var member = searches.list(SOLIDARITY, FIRST, new Viewer(Set.of("leeds-gate"), false));
        assertNotSame(anyone, member, "never served across viewers");
        assertNotSame(anyone, searches.list(SOLIDARITY, new PageRequest(0, 3), Viewer.PUBLIC));
        var second = searches.list(SOLIDARITY, new PageRequest(1, 3), Viewer.PUBLIC);
        assertNotSame(second, searches.list(SOLIDARITY, new PageRequest(1, 3), Viewer.PUBLIC), "later pages are read");
        searches.list(OrganisationFilter.NONE, FIRST, Viewer.PUBLIC);
        assertEquals(3, searches.size(), "only first pages of text searches are kept");
    }

    @Test
    void theLeastRecentlyUsedSearchGoesFirstWhenFull() {
        OrganisationSearches searches = searches(2);
        var solidarity = searches.list(SOLIDARITY, FIRST, Viewer.PUBLIC);
        var leeds = searches.list(words("leeds"), FIRST, Viewer.PUBLIC);
        assertSame(solidarity, searches.list(SOLIDARITY, FIRST, Viewer.PUBLIC)); // leeds is now the eldest
        searches.list(words("yorkshire"), FIRST, Viewer.PUBLIC);

        assertEquals(2, searches.size());
        assertSame(solidarity, searches.list(SOLIDARITY, FIRST, Viewer.PUBLIC));
        assertNotSame(leeds, searches.list(words("leeds"), FIRST, Viewer.PUBLIC));
    }
}
