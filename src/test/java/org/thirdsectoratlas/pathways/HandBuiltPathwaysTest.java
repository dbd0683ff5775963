package org.thirdsectoratlas.pathways;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.pathways.application.PathwayFinder;
import org.thirdsectoratlas.pathways.domain.Pathway;
import org.thirdsectoratlas.pathways.domain.PathwayQuery;
import org.thirdsectoratlas.pathways.domain.PathwayResult;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;
import org.thirdsectoratlas.trust.TrustFixture;
import org.thirdsectoratlas.trust.domain.Formality;
import org.thirdsectoratlas.trust.domain.HubPolicy;
import org.thirdsectoratlas.trust.domain.TieKind;
import org.thirdsectoratlas.trust.domain.TieStatus;

/** Pathway rules and ranking on small graphs built by hand, where the right answer is known. */
class HandBuiltPathwaysTest {

    private static final LocalDate OLD = LocalDate.of(2020, 1, 1);
    private static final LocalDate NEW = LocalDate.of(2025, 1, 1);

    private final PathwayFinder finder = InMemoryFinders.finder(TestGraph.graph());

    @AfterAll
    static void restoreLeeds() {
        TrustFixture.restoreLeeds();
    }

    private static List<List<String>> routes(PathwayResult result) {
        return result.pathways().stream().map(Pathway::organisationIds).toList();
    }

    /**
     * a to d, each route two hops: via c (formal, formal), via b (formal + semi-formal), via e (claimed, unstated),
     * and via f / g (unstated, differing only in how recently they were confirmed).
     */
    private static void diamond() {
        TrustFixture.empty().orgs("a", "b", "c", "d", "e", "f", "g")
                .collab("a", "c", "FORMAL", "CONFIRMED", NEW).collab("c", "d", "FORMAL", "CONFIRMED", NEW)
                .collab("a", "b", "FORMAL", "CONFIRMED", NEW).collab("b", "d", "SEMI_FORMAL", "CONFIRMED", NEW)
                .collab("a", "e", null, "CLAIMED", NEW).collab("e", "d", null, "CONFIRMED", NEW)
                .collab("a", "f", null, "CONFIRMED", OLD).collab("f", "d", null, "CONFIRMED", NEW)
                .collab("a", "g", null, "CONFIRMED", NEW).collab("g", "d", null, "CONFIRMED", NEW);
    }

    @Test
    void ranksFewerHopsThenStrongerThenMoreRecentTies() {
        diamond();
        TrustFixture fixture = new TrustFixture();
        fixture.collab("a", "d", null, "CLAIMED", OLD); // one weak hop still beats two strong ones

        PathwayResult result = finder.find(PathwayQuery.between("a", "d").withLimit(10), Viewer.PUBLIC);

        assertEquals(List.of(List.of("a", "d"), List.of("a", "c", "d"), List.of("a", "b", "d"),
                List.of("a", "g", "d"), List.of("a", "f", "d"), List.of("a", "e", "d")), routes(result));
        List<Double> scores = result.pathways().stream().map(Pathway::score).toList();
        assertEquals(List.of(1.03, 2.0, 2.01, 2.04, 2.04, 2.05), scores);
        Pathway viaB = result.pathways().get(2);
        assertEquals(Formality.SEMI_FORMAL, viaB.hops().get(1).formality());
        assertEquals("B and D collaborate (service)", viaB.hops().get(1).explanation());
        assertEquals(OLD, result.pathways().get(4).oldestConfirmation());
    }

    @Test
    void limitKeepsTheBestOnes() {
        diamond();
        assertEquals(List.of(List.of("a", "c", "d"), List.of("a", "b", "d")),
                routes(finder.find(PathwayQuery.between("a", "d").withLimit(2), Viewer.PUBLIC)));
    }

    @Test
    void formalOnlyAndConfirmedOnlyDropTheOtherTies() {
        diamond();
        assertEquals(List.of(List.of("a", "c", "d")),
                routes(finder.find(PathwayQuery.between("a", "d").withLimit(10).withFormalOnly(true), Viewer.PUBLIC)));
        List<List<String>> confirmed = routes(finder.find(PathwayQuery.between("a", "d").withLimit(10)
                .withConfirmedOnly(true), Viewer.PUBLIC));
        assertEquals(4, confirmed.size());
        assertTrue(confirmed.stream().noneMatch(r -> r.contains("e")), "the claimed tie a-e is not used");
    }

    @Test
    void viaAndAvoidShapeTheRoute() {
        diamond();
        assertEquals(List.of(List.of("a", "f", "d")),
                routes(finder.find(PathwayQuery.between("a", "d").withVia("f"), Viewer.PUBLIC)));
        assertEquals(List.of(List.of("a", "b", "d"), List.of("a", "g", "d")),
                routes(finder.find(PathwayQuery.between("a", "d").withLimit(2).withAvoid(Set.of("c")), Viewer.PUBLIC)));
        PathwayResult none = finder.find(PathwayQuery.between("a", "d")
                .withAvoid(Set.of("b", "c", "e", "f", "g")), Viewer.PUBLIC);
        assertTrue(none.pathways().isEmpty());
        assertEquals("A has no ties of trust to any other organisation (avoiding B, C, E, F, G)", none.reason());
    }

    @Test
    void maxHopsBoundsTheLength() {
        TrustFixture.empty().orgs("a", "b", "c", "d", "e").collab("a", "b").collab("b", "c").collab("c", "d")
                .collab("d", "e");
        assertEquals(List.of(List.of("a", "b", "c", "d", "e")),
                routes(finder.find(PathwayQuery.between("a", "e").withMaxHops(4), Viewer.PUBLIC)));
        PathwayResult tooFar = finder.find(PathwayQuery.between("a", "e").withMaxHops(3), Viewer.PUBLIC);
        assertTrue(tooFar.pathways().isEmpty());
        assertEquals("no ties of trust connect them within 3 hops", tooFar.reason());
    }

    @Test
    void everyKindOfTrustTieIsAHopWithItsWords() {
        TrustFixture.empty().orgs("a", "b", "c", "d", "e", "f")
                .group("Network", "net", "SEMI_FORMAL").member("a", "net").member("b", "net")
                .group("Consortium", "con", null).member("b", "con").member("c", "con")
                .group("Resource", "res", null).member("c", "res").member("d", "res")
                .supportedBy("d", "e").collab("e", "f");

        Pathway p = finder.find(PathwayQuery.between("a", "f").withMaxHops(6), Viewer.PUBLIC).pathways().get(0);

        assertEquals(List.of(TieKind.NETWORK, TieKind.CONSORTIUM, TieKind.SHARED_RESOURCE,
                TieKind.INFRASTRUCTURE_SUPPORT, TieKind.COLLABORATION), p.hops().stream().map(h -> h.kind()).toList());
        assertEquals(List.of("both members of net group", "partners in the con group", "both share res group",
                "D is supported by E", "E and F collaborate (service)"),
                p.hops().stream().map(h -> h.explanation()).toList());
        assertEquals(List.of(Formality.SEMI_FORMAL, Formality.FORMAL, Formality.UNSTATED, Formality.UNSTATED,
                Formality.UNSTATED), p.hops().stream().map(h -> h.formality()).toList());
        assertEquals(TieStatus.CONFIRMED, p.hops().get(0).status());
        assertEquals(TrustFixture.DEFAULT_DATE, p.hops().get(0).lastConfirmed());
    }

    @Test
    void sharedCommunitiesPlacesWithdrawnTiesAndRetiredOrganisationsAreNotTrust() {
        TrustFixture.empty().orgs("a", "b", "c", "d")
                .run("CREATE (:Community {id: 'women'}), (:Locality {id: 'leeds'})")
                .run("MATCH (o:Organisation), (c:Community), (l:Locality) "
                        + "CREATE (o)-[:SUPPORTS {status: 'CONFIRMED'}]->(c), (o)-[:OPERATES_IN {status: 'CONFIRMED'}]->(l)")
                .collab("a", "b", null, "WITHDRAWN", NEW)
                .collab("a", "c").collab("c", "d").retire("c");

        PathwayResult ab = finder.find(PathwayQuery.between("a", "b"), Viewer.PUBLIC);
        assertTrue(ab.pathways().isEmpty());
        assertEquals("A has no ties of trust to any other organisation", ab.reason());
        assertThrows(UnknownIdException.class, () -> finder.find(PathwayQuery.between("a", "c"), Viewer.PUBLIC),
                "a retired organisation is not found");
        assertTrue(finder.find(PathwayQuery.between("a", "d"), Viewer.PUBLIC).pathways().isEmpty());
    }

    @Test
    void aHugeNetworkDoesNotMakeATwoHopShortcutWhenRealTiesExist() {
        TrustFixture fixture = TrustFixture.empty().bigNetwork("everyone", "m", 300).orgs("p", "q")
                .collab("m-0", "p").collab("p", "q").collab("q", "m-299");

        // Speed is the benchmark's business (docs/performance.md); here: the hub's members are never read.
        PathwayResult result = finder.find(PathwayQuery.between("m-0", "m-299"), Viewer.PUBLIC);

        assertEquals(List.of("m-0", "p", "q", "m-299"), result.pathways().get(0).organisationIds());
        Pathway hub = result.pathways().get(1);
        assertEquals(List.of("m-0", "m-299"), hub.organisationIds(), "the hub is still offered, ranked after");
        assertEquals(1 + 2.75, hub.cost(), 1e-9, "300 members: 1 + log2(300/50) rounded up to a quarter");
        assertTrue(hub.hops().get(0).explanation().contains("300 members"));
        assertEquals(List.of("m-0", "m-1", "m-299"), result.pathways().get(2).organisationIds(),
                "then two weak hops through the hub (7.5): every simple pathway counts, ranked by cost");
        assertEquals(7.5, result.pathways().get(2).cost(), 1e-9);
        assertTrue(result.explored() < 300, "bounds, not a fan-out, read the hub: " + result.explored());
        assertTrue(fixture.graph() != null);
    }

    @Test
    void aNetworkAboveTheHardLimitIsIgnoredUnlessNamedInVia() {
        TrustFixture.empty().bigNetwork("everyone", "m", 300);
        PathwayFinder strict = InMemoryFinders.finder(TestGraph.graph(), new HubPolicy(50, 200));

        PathwayResult ignored = strict.find(PathwayQuery.between("m-0", "m-1"), Viewer.PUBLIC);
        assertTrue(ignored.pathways().isEmpty());
        PathwayResult named = strict.find(PathwayQuery.between("m-0", "m-1").withVia("everyone"), Viewer.PUBLIC);
        assertEquals(List.of("m-0", "m-1"), routes(named).get(0));
        assertTrue(named.pathways().stream().allMatch(p -> p.hops().stream().anyMatch(h -> "everyone".equals(h.groupId()))),
                "every pathway uses the named group: " + routes(named));
        assertEquals("everyone", named.pathways().get(0).hops().get(0).groupId());
    }

    @Test
    void aNetworkJustAboveTheSoftLimitBridgesTwoSidesOfALongerRoute() {
        // a - b - [hub of 60] - c - d : the hub is one weak hop between b and c
        TrustFixture.empty().bigNetwork("hub", "h", 58).orgs("a", "b", "c", "d")
                .member("b", "hub").member("c", "hub").collab("a", "b").collab("c", "d");
        PathwayResult result = finder.find(PathwayQuery.between("a", "d"), Viewer.PUBLIC);
        assertEquals(List.of(List.of("a", "b", "c", "d"), List.of("a", "b", "h-0", "c", "d"),
                List.of("a", "b", "h-1", "c", "d")), routes(result), "then two weak hops through a member (cost 5)");
        assertEquals(2 + 1.5, result.pathways().get(0).cost(), 1e-9, "60 members: 1 + ceil4(log2(1.2)) = 1.5");
    }

    @Test
    void unknownOrganisationsAreReported() {
        diamond();
        var e = assertThrows(UnknownIdException.class, () -> finder.find(PathwayQuery.between("a", "nobody"), Viewer.PUBLIC));
        assertTrue(e.getMessage().contains("nobody"));
        assertThrows(UnknownIdException.class, () -> finder.find(PathwayQuery.between("a", "d").withVia("zzz"), Viewer.PUBLIC));
        assertThrows(UnknownIdException.class,
                () -> finder.find(PathwayQuery.between("a", "d").withAvoid(Set.of("zzz")), Viewer.PUBLIC));
    }
}
