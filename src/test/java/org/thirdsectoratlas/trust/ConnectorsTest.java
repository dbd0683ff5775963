package org.thirdsectoratlas.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.connectors.domain.ConnectorAnalysis;
import org.thirdsectoratlas.connectors.domain.Connectors;
import org.thirdsectoratlas.testing.TestGraph;
import org.thirdsectoratlas.trust.domain.Exhaustive;
import org.thirdsectoratlas.trust.domain.TieFilter;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;
import org.thirdsectoratlas.trust.infrastructure.graph.Neo4jTrustGraphRepository;

/** Single points of failure and brokers on hand-built graphs and on the Leeds seed, plus the BFS floor. */
class ConnectorsTest {

    @AfterAll
    static void restoreLeeds() {
        TrustFixture.restoreLeeds();
    }

    private static TrustGraphSnapshot load() {
        return new Neo4jTrustGraphRepository(TestGraph.graph()).load();
    }

    private static Connectors analyse() {
        return ConnectorAnalysis.analyse(load(), "test", Clock.systemUTC());
    }

    private static List<String> ids(List<Connectors.OrganisationRef> refs) {
        return refs.stream().map(Connectors.OrganisationRef::id).sorted().toList();
    }

    @Test
    void anInfrastructureBodyThatIsTheOnlyLinkToAClusterIsASinglePointOfFailure() {
        // hub: x, y, z reach the rest only through "infra"; a network {p, q, r} hangs off p; "infra" - p collaborate
        TrustFixture.empty().orgs("infra", "x", "y", "z", "p", "q", "r", "s")
                .supportedBy("x", "infra").supportedBy("y", "infra").supportedBy("z", "infra").collab("x", "y")
                .collab("infra", "p").group("Network", "n", null).member("p", "n").member("q", "n").member("r", "n")
                .collab("r", "s");

        Connectors c = analyse();

        var byId = c.singlePointsOfFailure().stream()
                .collect(java.util.stream.Collectors.toMap(Connectors.SinglePointOfFailure::id, s -> s));
        assertEquals(Set.of("infra", "p", "r"), byId.keySet());
        assertEquals(List.of("x", "y", "z"), ids(byId.get("infra").cutOff()), "the smaller side is cut off");
        assertEquals(List.of("q", "r", "s"), ids(byId.get("p").cutOff()), "3 against 4: the smaller side");
        assertEquals(List.of("s"), ids(byId.get("r").cutOff()));
        assertEquals(List.of("infra", "p", "r"), c.singlePointsOfFailure().stream()
                .map(Connectors.SinglePointOfFailure::id).toList(), "most cut off first, then by id");
        assertTrue(c.betweennessExact());
        // p lies on every shortest pathway between {infra, x, y, z} and {q, r, s}: 4 * 3 = 12 pairs
        assertEquals(12.0, c.brokers().stream().filter(b -> b.id().equals("p")).findFirst().orElseThrow()
                .betweenness(), 1e-9);
        // infra: the same 12 pairs {x, y, z} x {p, q, r, s}, plus x-z and y-z (x and y only collaborate together)
        assertEquals("infra", c.brokers().get(0).id());
        assertEquals(14.0, c.brokers().get(0).betweenness(), 1e-9);
    }

    @Test
    void aCycleHasNoSinglePointOfFailureAndSplitsBetweennessEvenly() {
        TrustFixture.empty().orgs("a", "b", "c", "d").collab("a", "b").collab("b", "c").collab("c", "d")
                .collab("d", "a");
        Connectors c = analyse();
        assertTrue(c.singlePointsOfFailure().isEmpty());
        // each vertex of a 4-cycle carries half of the one pair opposite it: 0.5
        assertEquals(4, c.brokers().size());
        c.brokers().forEach(b -> assertEquals(0.5, b.betweenness(), 1e-9));
    }

    @Test
    void withdrawnTiesAndSharedCommunitiesDoNotHoldTheGraphTogether() {
        TrustFixture.empty().orgs("a", "b", "c").collab("a", "b").collab("b", "c")
                .collab("a", "c", null, "WITHDRAWN", TrustFixture.DEFAULT_DATE)
                .run("CREATE (w:Community {id: 'women'}) WITH w MATCH (o:Organisation) CREATE (o)-[:SUPPORTS]->(w)");
        Connectors c = analyse();
        assertEquals(List.of("b"), c.singlePointsOfFailure().stream().map(Connectors.SinglePointOfFailure::id)
                .toList());
    }

    @Test
    void onLeedsNoOrganisationIsASinglePointOfFailure() {
        // From the seed: the only ties of trust between organisations are Forum Central - Voluntary Action Leeds
        // (COLLABORATES_WITH) and the four members of the Leeds Solidarity Network (MEMBER_OF). A pair and a
        // clique have no articulation point, and no shortest pathway passes through a third organisation.
        TrustFixture.restoreLeeds();
        Connectors c = analyse();
        assertTrue(c.singlePointsOfFailure().isEmpty());
        assertTrue(c.brokers().isEmpty());
        TrustGraphSnapshot leeds = load();
        assertEquals(Set.of("forum-central", "voluntary-action-leeds", "leeds-involving-people",
                "leeds-community-hospital-trust", "age-uk-leeds", "leeds-gate", "basis-yorkshire", "lassn",
                "yorkshire-mesmac"), java.util.stream.IntStream.range(0, leeds.organisationCount())
                .mapToObj(leeds::id).collect(java.util.stream.Collectors.toSet()));
        assertEquals(1, Exhaustive.fewestHops(leeds, leeds.indexOf("leeds-gate"), Set.of(leeds.indexOf("lassn")), 4,
                TieFilter.ALL));
        assertEquals(-1, Exhaustive.fewestHops(leeds, leeds.indexOf("age-uk-leeds"), Set.of(leeds.indexOf("leeds-gate")), 6,
                TieFilter.ALL));
        assertFalse(c.staleness().isBlank());
    }
}
