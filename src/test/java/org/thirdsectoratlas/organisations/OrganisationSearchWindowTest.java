package org.thirdsectoratlas.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.organisations.domain.OrganisationFilter;
import org.thirdsectoratlas.organisations.domain.OrganisationKind;
import org.thirdsectoratlas.organisations.domain.OrganisationSummary;
import org.thirdsectoratlas.organisations.infrastructure.graph.Neo4jOrganisationRepository;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

/**
 * A text search reads the index in bounded windows: with a window of 2 on the Leeds seed, "leeds" (dozens of
 * matches) shows what happens at 200,000 organisations with a window of 1,000. Pages are the same as with a
 * window large enough for every match; the total is a lower bound exactly when the index had more.
 */
class OrganisationSearchWindowTest {

    private static Neo4jOrganisationRepository small;
    private static Neo4jOrganisationRepository whole;

    @BeforeAll
    static void seed() {
        small = new Neo4jOrganisationRepository(TestGraph.seeded(), 2);
        whole = new Neo4jOrganisationRepository(TestGraph.graph());
    }

    private static OrganisationFilter text(String q) {
        return new OrganisationFilter(q, null, null, null, null, null);
    }

    private static List<String> ids(Page<OrganisationSummary> page) {
        return page.items().stream().map(OrganisationSummary::id).toList();
    }

    @Test
    void aCommonWordCountsOnlyTheFirstWindowAndSaysSo() {
        Page<OrganisationSummary> all = whole.list(text("leeds"), new PageRequest(0, 100), Viewer.PUBLIC);
        assertTrue(all.total() > 10, "the seed has many Leeds organisations: " + all.total());
        assertFalse(all.totalIsLowerBound(), "every match counted within a window of 1,000");

        Page<OrganisationSummary> first = small.list(text("leeds"), new PageRequest(0, 2), Viewer.PUBLIC);
        assertTrue(first.totalIsLowerBound());
        assertTrue(first.total() >= 2 && first.total() < all.total(), "counted in a window: " + first.total());
        assertEquals(ids(all).subList(0, 2), ids(first));
    }

    @Test
    void laterPagesWidenTheWindowAndFollowTheSameOrder() {
        Page<OrganisationSummary> all = whole.list(text("leeds"), new PageRequest(0, 100), Viewer.PUBLIC);
        List<String> paged = new ArrayList<>();
        for (int page = 0; page * 3 < all.total(); page++) {
            Page<OrganisationSummary> p = small.list(text("leeds"), new PageRequest(page, 3), Viewer.PUBLIC);
            assertTrue(p.total() >= Math.min(all.total(), (page + 1) * 3L));
            paged.addAll(ids(p));
        }
        assertEquals(ids(all), paged, "no organisation skipped or repeated across pages");
    }

    @Test
    void aFilterThatPassesFewMatchesWidensUntilThePageIsFull() {
        var charities = new OrganisationFilter("leeds", null, null, OrganisationKind.CHARITY, null, null);
        Page<OrganisationSummary> expected = whole.list(charities, new PageRequest(0, 5), Viewer.PUBLIC);
        Page<OrganisationSummary> widened = small.list(charities, new PageRequest(0, 5), Viewer.PUBLIC);

        assertEquals(Math.min(5, expected.total()), widened.items().size());
        assertEquals(ids(expected), ids(widened));
    }
}
