package org.thirdsectoratlas.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.connectors.domain.ConnectorAnalysis;
import org.thirdsectoratlas.connectors.domain.Connectors;
import org.thirdsectoratlas.insights.domain.CellOrganisation;
import org.thirdsectoratlas.insights.domain.CollaborationGroup;
import org.thirdsectoratlas.insights.domain.Count;
import org.thirdsectoratlas.insights.domain.CoverageCell;
import org.thirdsectoratlas.insights.domain.Ref;
import org.thirdsectoratlas.insights.domain.Summary;
import org.thirdsectoratlas.insights.domain.TieCount;
import org.thirdsectoratlas.insights.infrastructure.graph.Neo4jCollaborationRepository;
import org.thirdsectoratlas.insights.infrastructure.graph.Neo4jCoverageRepository;
import org.thirdsectoratlas.insights.infrastructure.graph.Neo4jSummaryRepository;
import org.thirdsectoratlas.organisations.domain.Collaborator;
import org.thirdsectoratlas.organisations.infrastructure.graph.Neo4jOrganisationRepository;
import org.thirdsectoratlas.pathways.application.PathwayFinder;
import org.thirdsectoratlas.pathways.domain.Pathway;
import org.thirdsectoratlas.pathways.domain.PathwayQuery;
import org.thirdsectoratlas.pathways.InMemoryFinders;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;
import org.thirdsectoratlas.trust.TrustFixture;
import org.thirdsectoratlas.trust.infrastructure.graph.Neo4jTrustGraphRepository;

/**
 * Privacy tiers in the graph reads beyond the directory: pathways, the trust snapshot the connectors insight
 * is computed from, the precomputed summary and coverage, and the live collaborations insight. The graph:
 * a chain a - d - c - b of public collaborations, a PRIVATE collaboration a - b recorded by a, a PRIVATE
 * organisation e with public ties to a and b, and community k supported by b (public) and by a (a PRIVATE
 * tie). What anonymous callers get follows from the public part alone.
 */
class PrivacyTiersGraphTest {

    private static final Viewer MEMBER_OF_A = new Viewer(Set.of("a"), false);
    private static final Viewer MEMBER_OF_B = new Viewer(Set.of("b"), false);
    private static final Viewer MEMBER_OF_D = new Viewer(Set.of("d"), false);
    private static final Viewer MODERATOR = new Viewer(Set.of(), true);

    private final PathwayFinder pathways = InMemoryFinders.finder(TestGraph.graph());

    @BeforeAll
    static void build() {
        TrustFixture.empty().orgs("a", "b", "c", "d", "e")
                .collab("a", "d").collab("d", "c").collab("c", "b").collab("e", "a").collab("e", "b")
                .run("""
                        MATCH (a:Organisation {id: 'a'}), (b:Organisation {id: 'b'}), (e:Organisation {id: 'e'})
                        SET e.visibility = 'PRIVATE'
                        CREATE (a)-[:COLLABORATES_WITH {kind: 'SERVICE', status: 'CONFIRMED', visibility: 'PRIVATE',
                                                        lastConfirmed: date('2024-01-01')}]->(b),
                               (k:Community {id: 'k', name: 'K'}), (l:Locality {id: 'l', name: 'L', kind: 'CITY'}),
                               (b)-[:SUPPORTS {status: 'CONFIRMED'}]->(k),
                               (a)-[:SUPPORTS {status: 'CONFIRMED', visibility: 'PRIVATE'}]->(k),
                               (e)-[:SUPPORTS {status: 'CONFIRMED'}]->(k),
                               (a)-[:OPERATES_IN {status: 'CONFIRMED'}]->(l),
                               (b)-[:OPERATES_IN {status: 'CONFIRMED'}]->(l),
                               (e)-[:OPERATES_IN {status: 'CONFIRMED'}]->(l)
                        """);
    }

    @AfterAll
    static void restoreLeeds() {
        TrustFixture.restoreLeeds();
    }

    private List<List<String>> routes(String from, String to, Viewer viewer) {
        return pathways.find(PathwayQuery.between(from, to).withLimit(10).withMaxHops(4), viewer).pathways()
                .stream().map(Pathway::organisationIds).toList();
    }

    @Test
    void anAnonymousPathwayNeverUsesAPrivateTieNorAPrivateOrganisation() {
        assertEquals(List.of(List.of("a", "d", "c", "b")), routes("a", "b", Viewer.PUBLIC),
                "only the public chain: not a - b (private tie), not a - e - b (private organisation)");
        assertEquals(List.of(List.of("a", "d", "c", "b")), routes("a", "b", MEMBER_OF_D),
                "a member of an unrelated organisation sees no more than the public");
        assertThrows(UnknownIdException.class, () -> routes("a", "e", Viewer.PUBLIC),
                "a private organisation is unknown, not merely unreachable");
    }

    @Test
    void eitherSideOfAPrivateTieAndModeratorsMayUseIt() {
        assertEquals(List.of("a", "b"), routes("a", "b", MEMBER_OF_A).get(0));
        assertEquals(List.of("a", "b"), routes("a", "b", MEMBER_OF_B).get(0));
        List<List<String>> all = routes("a", "b", MODERATOR);
        assertEquals(List.of("a", "b"), all.get(0));
        assertTrue(all.contains(List.of("a", "e", "b")), "moderators see the private organisation too: " + all);
    }

    @Test
    void theNearestPartnerPathwayFollowsTheSameRule() {
        assertEquals(3, pathways.nearest("a", Set.of("b"), 4, Viewer.PUBLIC).orElseThrow().hopCount());
        assertEquals(1, pathways.nearest("a", Set.of("b"), 4, MEMBER_OF_A).orElseThrow().hopCount());
    }

    @Test
    void theConnectorsSnapshotIsBuiltFromPublicFactsOnly() {
        var snapshot = new Neo4jTrustGraphRepository(TestGraph.graph()).load();
        assertEquals(5, snapshot.organisationCount(), "the held graph keeps e, with its tier");
        assertEquals(6, snapshot.tieCount(), "and every live tie, private ones too");

        Connectors connectors = ConnectorAnalysis.analyse(snapshot, "test", Clock.systemUTC());
        // With the private tie (or e) counted the graph would be a cycle without any single point of failure.
        assertEquals(List.of("c", "d"), connectors.singlePointsOfFailure().stream()
                .map(Connectors.SinglePointOfFailure::id).sorted().toList());
    }

    @Test
    void thePublicSummaryCountsNoHiddenOrganisationOrTie() {
        Summary summary = new Neo4jSummaryRepository(TestGraph.graph()).compute(Viewer.PUBLIC);
        assertEquals(List.of(new Count("UNSTATED", 4)), summary.organisationsByKind());
        assertEquals(List.of(new TieCount("COLLABORATES_WITH", "CONFIRMED", 3)), summary.ties());

        Summary everything = new Neo4jSummaryRepository(TestGraph.graph()).compute(MODERATOR);
        assertEquals(List.of(new TieCount("COLLABORATES_WITH", "CONFIRMED", 6)), everything.ties());
    }

    @Test
    void publicCoverageListsOnlyVisibleSupporters() {
        var matrix = new Neo4jCoverageRepository(TestGraph.graph()).compute(50, Viewer.PUBLIC);
        CoverageCell cell = matrix.cells().stream()
                .filter(c -> c.community().equals("k") && c.locality().equals("l")).findFirst().orElseThrow();
        assertEquals(List.of("b"), cell.organisations().stream().map(CellOrganisation::id).toList(),
                "not a (its support is private), not e (a private organisation)");
        assertEquals(1, cell.organisationCount());
    }

    @Test
    void liveCollaborationsShowEachCallerWhatTheyMaySee() {
        var repository = new Neo4jCollaborationRepository(TestGraph.graph());

        var anonymous = repository.find("k", null, Viewer.PUBLIC);
        assertEquals(List.of("b"), anonymous.organisations().stream().map(Ref::id).toList());
        assertTrue(anonymous.collaborations().stream().allMatch(g -> g.members().stream()
                .noneMatch(m -> m.id().equals("e"))), "no tie to the private organisation");
        assertFalse(pair(anonymous.collaborations(), "a", "b"), "the private tie is absent");

        var memberOfA = repository.find("k", null, MEMBER_OF_A);
        assertEquals(List.of("a", "b"), memberOfA.organisations().stream().map(Ref::id).toList());
        assertTrue(pair(memberOfA.collaborations(), "a", "b"), "a's members see a's private tie");
    }

    @Test
    void collaboratorsLeaveOutPrivateTiesAndOrganisations() {
        var repository = new Neo4jOrganisationRepository(TestGraph.graph());
        assertEquals(List.of("d"), repository.collaborators("a", 50, Viewer.PUBLIC).orElseThrow().collaborators()
                .stream().map(Collaborator::id).toList());
        assertEquals(List.of("b", "d", "e"), repository.collaborators("a", 50, MODERATOR).orElseThrow()
                .collaborators().stream().map(Collaborator::id).sorted().toList());
        assertTrue(repository.collaborators("e", 50, Viewer.PUBLIC).isEmpty(), "a private organisation is unknown");
    }

    private static boolean pair(List<CollaborationGroup> groups, String x, String y) {
        return groups.stream().anyMatch(g -> g.members().stream().map(m -> m.id()).toList().containsAll(List.of(x, y)));
    }
}
