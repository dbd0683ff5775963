package org.thirdsectoratlas.partners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.partners.application.PartnerFinder;
import org.thirdsectoratlas.partners.domain.Candidate;
import org.thirdsectoratlas.partners.domain.Coverage;
import org.thirdsectoratlas.partners.domain.PartnerSearch;
import org.thirdsectoratlas.partners.domain.PartnerSearchResult;
import org.thirdsectoratlas.partners.infrastructure.graph.Neo4jPartnerRepository;
import org.thirdsectoratlas.pathways.application.PathwayFinder;
import org.thirdsectoratlas.pathways.InMemoryFinders;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;
import org.thirdsectoratlas.trust.TrustFixture;

class PartnerFinderTest {

    @AfterAll
    static void restoreLeeds() {
        TrustFixture.restoreLeeds();
    }

    private static PartnerFinder finder(Graph graph) {
        return new PartnerFinder(new Neo4jPartnerRepository(graph),
                InMemoryFinders.finder(graph));
    }

    private static List<String> ids(PartnerSearchResult result) {
        return result.candidates().stream().map(Candidate::id).toList();
    }

    @Test
    void ranksByNewCoverageThenClosenessThenStrength() {
        TrustFixture.empty().orgs("member", "far", "near", "mid", "weak", "stranger", "same")
                .run("CREATE (:Community {id: 'x'}), (:Community {id: 'y'}), (:Community {id: 'z'}), "
                        + "(:Locality {id: 'town'})-[:PART_OF]->(:Locality {id: 'county'})")
                .run("""
                        MATCH (x:Community {id: 'x'}), (y:Community {id: 'y'}), (z:Community {id: 'z'}),
                              (county:Locality {id: 'county'})
                        MATCH (m:Organisation {id: 'member'}), (far:Organisation {id: 'far'}),
                              (near:Organisation {id: 'near'}), (mid:Organisation {id: 'mid'}),
                              (weak:Organisation {id: 'weak'}), (s:Organisation {id: 'stranger'}),
                              (same:Organisation {id: 'same'})
                        CREATE (m)-[:SUPPORTS {status: 'CONFIRMED'}]->(z), (same)-[:SUPPORTS {status: 'CONFIRMED'}]->(z),
                               (far)-[:SUPPORTS {status: 'CONFIRMED'}]->(x), (far)-[:SUPPORTS {status: 'CONFIRMED'}]->(y),
                               (near)-[:SUPPORTS {status: 'CONFIRMED'}]->(x), (mid)-[:SUPPORTS {status: 'CONFIRMED'}]->(y),
                               (weak)-[:SUPPORTS {status: 'CONFIRMED'}]->(x), (s)-[:OPERATES_IN {status: 'CONFIRMED'}]->(county)
                        """)
                .collab("member", "near", "FORMAL", "CONFIRMED", TrustFixture.DEFAULT_DATE)
                .collab("member", "weak", null, "CLAIMED", TrustFixture.DEFAULT_DATE)
                .collab("near", "mid").collab("mid", "far");

        PartnerSearchResult result = finder(TestGraph.graph()).search(new PartnerSearch(List.of("x", "y", "z"),
                List.of("town"), List.of("PREMISES"), List.of("member"), 10), Viewer.PUBLIC);

        assertEquals(List.of("far", "near", "weak", "mid", "stranger"), ids(result),
                "2 new first; then 1 new: near (1 formal hop) before weak (1 claimed hop) before mid (2 hops); "
                        + "stranger covers the town through its county but has no pathway");
        Candidate far = result.candidates().get(0);
        assertEquals(List.of("x", "y"), far.adds().communities());
        assertEquals(3, far.closeness().hopCount());
        assertEquals(List.of("town"), result.candidates().get(4).adds().localities());
        assertNull(result.candidates().get(4).closeness());
        assertEquals(new Coverage(List.of("z"), List.of(), List.of()), result.coveredByMembers());
        assertEquals(new Coverage(List.of(), List.of(), List.of("PREMISES")), result.uncovered());
        assertEquals(5, result.candidatesFound(), "'same' adds nothing the member lacks");

        assertEquals(List.of("far", "near"), ids(finder(TestGraph.graph()).search(new PartnerSearch(List.of("x", "y"),
                List.of(), List.of(), List.of("member"), 2), Viewer.PUBLIC)));
        assertThrows(UnknownIdException.class, () -> finder(TestGraph.graph()).search(new PartnerSearch(
                List.of("nope"), List.of(), List.of(), List.of(), 5), Viewer.PUBLIC));
        assertThrows(UnknownIdException.class, () -> finder(TestGraph.graph()).search(new PartnerSearch(
                List.of("x"), List.of(), List.of(), List.of("nobody"), 5), Viewer.PUBLIC));
    }

    @Test
    void onLeedsTheSolidarityNetworkFillsLeedsGatesGaps() {
        // SUPPORTS.csv: Yorkshire MESMAC - HIV and LGBT+ communities, BASIS - sex workers, LASSN - asylum seekers;
        // all three share the Leeds Solidarity Network with Leeds GATE (one hop). Leeds GATE already covers Leeds
        // (OPERATES_IN.csv). Premises are shared only by a network (the Orion Partnership), not an organisation.
        TrustFixture.restoreLeeds();
        PartnerSearchResult result = finder(TestGraph.graph()).search(new PartnerSearch(
                List.of("sex-workers", "people-from-the-lgbt-community", "communities-affected-by-hiv",
                        "asylum-seekers-refugees-and-migrant-communities"),
                List.of("leeds"), List.of("PREMISES"), List.of("leeds-gate"), 10), Viewer.PUBLIC);

        assertEquals(List.of("yorkshire-mesmac", "basis-yorkshire", "lassn"), ids(result));
        assertEquals(List.of("communities-affected-by-hiv", "people-from-the-lgbt-community"),
                result.candidates().get(0).adds().communities());
        assertEquals("both members of Leeds Solidarity Network",
                result.candidates().get(0).closeness().hops().get(0).explanation());
        assertEquals(List.of("leeds"), result.coveredByMembers().localities());
        assertEquals(new Coverage(List.of(), List.of(), List.of("PREMISES")), result.uncovered());
    }
}
