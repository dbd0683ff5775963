package org.thirdsectoratlas.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.organisations.domain.OrganisationFilter;
import org.thirdsectoratlas.organisations.domain.OrganisationKind;
import org.thirdsectoratlas.organisations.domain.OrganisationSummary;
import org.thirdsectoratlas.organisations.infrastructure.graph.Neo4jOrganisationRepository;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

/** Free-text search and filters of the organisation directory, with the answers the research gives. */
class OrganisationDirectorySearchTest {

    private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_SIZE);
    private static Neo4jOrganisationRepository repository;

    @BeforeAll
    static void seed() {
        repository = new Neo4jOrganisationRepository(TestGraph.seeded());
    }

    private static List<String> ids(OrganisationFilter filter) {
        return repository.list(filter, ALL, Viewer.PUBLIC).items().stream().map(OrganisationSummary::id).sorted().toList();
    }

    private static OrganisationFilter text(String q) {
        return new OrganisationFilter(q, null, null, null, null, null);
    }

    @Test
    void solidarityFindsTheFourMembersOfTheLeedsSolidarityNetworkAndItsFunder() {
        // The members' descriptions name the network; so does the King's Fund's, which resources it.
        assertEquals(List.of("basis-yorkshire", "kings-fund", "lassn", "leeds-gate", "yorkshire-mesmac"),
                ids(text("solidarity")));
    }

    @Test
    void searchMatchesAliasesAndPrefixesCaseInsensitively() {
        var val = repository.list(text("VAL"), ALL, Viewer.PUBLIC).items();
        assertEquals("voluntary-action-leeds", val.get(0).id(), "the alias ranks first; 'val*' also matches 'values'");
        assertTrue(ids(text("Volunt")).contains("voluntary-action-leeds"));
        assertEquals(List.of("leeds-gate"), ids(text("leeds gate")));
    }

    @Test
    void luceneOperatorsInUserTextAreSearchedForNotObeyed() {
        assertEquals(List.of(), ids(text("solidarity AND NOT gate")));
        assertEquals(List.of(), ids(text("*:* OR \"x\"~2 (a) [b TO c]")));
        assertEquals(List.of("kings-fund"), ids(text("King's")));
    }

    @Test
    void theSexWorkersCommunityIsSupportedByBasisYorkshire() {
        assertEquals(List.of("basis-yorkshire"), ids(new OrganisationFilter(null, "sex-workers", null, null, null, null)));
    }

    @Test
    void filtersByNetworkConsortiumAndKind() {
        assertEquals(List.of("basis-yorkshire", "lassn", "leeds-gate", "yorkshire-mesmac"),
                ids(new OrganisationFilter(null, null, null, null, "leeds-solidarity-network", null)));
        assertEquals(List.of("age-uk-leeds"),
                ids(new OrganisationFilter(null, null, null, null, null, "advonet-consortium")));
        assertEquals(List.of("forum-central", "leeds-involving-people", "ncvo", "voluntary-action-leeds"),
                ids(new OrganisationFilter(null, null, null, OrganisationKind.INFRASTRUCTURE_BODY, null, null)));
    }

    @Test
    void aLocalityIncludesThePlacesWithinIt() {
        var inLeeds = ids(new OrganisationFilter(null, null, "leeds", null, null, null));
        var inWestYorkshire = ids(new OrganisationFilter(null, null, "west-yorkshire", null, null, null));

        assertTrue(inLeeds.containsAll(List.of("voluntary-action-leeds", "forum-central", "age-uk-leeds")));
        assertTrue(!inLeeds.contains("west-yorkshire-integrated-care-board"));
        assertTrue(inWestYorkshire.containsAll(inLeeds));
        assertTrue(inWestYorkshire.contains("west-yorkshire-integrated-care-board"));
    }

    @Test
    void filtersCombineAndTheTotalCountsAllMatches() {
        var charitiesForSexWorkers = new OrganisationFilter("basis", "sex-workers", "leeds", OrganisationKind.CHARITY,
                "leeds-solidarity-network", null);
        assertEquals(List.of(), ids(charitiesForSexWorkers), "BASIS is not recorded as working in Leeds");

        var page = repository.list(new OrganisationFilter(null, null, null, OrganisationKind.CHARITY, null, null),
                new PageRequest(0, 2), Viewer.PUBLIC);
        assertEquals(2, page.items().size());
        assertEquals(5, page.total(), "Age UK Leeds and the four Solidarity Network members");
    }

    @Test
    void anUnknownFilterIdMatchesNothing() {
        assertEquals(List.of(), ids(new OrganisationFilter(null, "no-such-community", null, null, null, null)));
    }
}
