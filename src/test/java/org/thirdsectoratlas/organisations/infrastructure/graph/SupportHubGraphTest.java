package org.thirdsectoratlas.organisations.infrastructure.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.ProfiledPlan;
import org.thirdsectoratlas.generator.application.EcosystemLoader;
import org.thirdsectoratlas.generator.domain.EcosystemSize;
import org.thirdsectoratlas.generator.domain.Generation;
import org.thirdsectoratlas.generator.infrastructure.graph.Neo4jEcosystemStore;
import org.thirdsectoratlas.organisations.domain.Collaborator;
import org.thirdsectoratlas.organisations.domain.Collaborators;
import org.thirdsectoratlas.organisations.domain.Organisation;
import org.thirdsectoratlas.organisations.domain.OrganisationFilter;
import org.thirdsectoratlas.organisations.domain.OrganisationSummary;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.seed.application.SeedInstaller;
import org.thirdsectoratlas.seed.infrastructure.DirectorySeedSource;
import org.thirdsectoratlas.seed.infrastructure.Neo4jSeedStore;
import org.thirdsectoratlas.shared.domain.Link;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;
import org.thirdsectoratlas.testing.TestGraph;

/**
 * A generated city's main infrastructure body (size S) supports hundreds of organisations: its profile lists the
 * first {@value Organisation#SUPPORT_LISTED} with the true total, the directory pages through all of them, the
 * collaborators answer caps them too, and the statement's work no longer grows with the projection of every tie.
 */
class SupportHubGraphTest {

    private static final Generation S = new Generation(42, EcosystemSize.S);
    private static final int LISTED = Organisation.SUPPORT_LISTED;

    /** The generated organisation with the most organisations and networks SUPPORTED_BY it. */
    private static final String BIGGEST_HUB = """
            MATCH (h:Organisation {dataset: 'generated-S'})
            RETURN h.id AS id, COUNT { (h)<-[:SUPPORTED_BY]-() } AS supported ORDER BY supported DESC, id LIMIT 1
            """;

    private static Graph graph;
    private static EcosystemLoader loader;
    private static Neo4jOrganisationRepository repository;
    private static String hub;
    private static long supported;

    @BeforeAll
    static void loadS() {
        graph = TestGraph.seeded();
        loader = new EcosystemLoader(new Neo4jEcosystemStore(graph), new SeedInstaller(new Neo4jSeedStore(graph)),
                new DirectorySeedSource(TestGraph.SEED), EcosystemLoader.DEFAULT_BATCH);
        loader.remove(S.dataset());
        loader.load(S);
        repository = new Neo4jOrganisationRepository(graph);
        var row = graph.read(tx -> tx.run(BIGGEST_HUB).single());
        hub = row.get("id").asString();
        supported = row.get("supported").asLong();
    }

    @AfterAll
    static void leaveOnlyTheLeedsSeed() {
        loader.remove(S.dataset());
    }

    @Test
    void theHubsProfileListsTheFirstFiftyInTheDocumentedOrderWithTheTotal() {
        assertTrue(supported > 4 * LISTED, hub + " supports only " + supported);
        Organisation body = repository.findById(hub, Viewer.PUBLIC).orElseThrow();

        // Generated ties are all public and not withdrawn: every one counts.
        assertEquals(supported, body.supportingTotal());
        assertEquals(LISTED, body.supporting().size());
        List<Link> expected = new ArrayList<>(graph.read(tx -> tx.run("""
                MATCH (:Organisation {id: $id})<-[:SUPPORTED_BY]-(x)
                RETURN x.id AS id, x.name AS name, labels(x)[0] AS kind""", Map.of("id", hub))
                .list(r -> new Link(r.get("id").asString(), r.get("name").asString(), r.get("kind").asString(),
                        null, null))));
        expected.sort(Comparator.comparing((Link l) -> l.kind().equals("Network") ? 0 : 1)
                .thenComparing(Link::name).thenComparing(Link::id));
        assertEquals(expected.subList(0, LISTED).stream().map(Link::id).toList(),
                body.supporting().stream().map(Link::id).toList());
        assertTrue(body.supporting().stream().allMatch(l -> "GENERATED".equals(l.provenance().source())),
                "each listed tie keeps its provenance");
        assertEquals(body.supportedBy().size(), body.supportedByTotal(), "a small list is complete");
    }

    @Test
    void theDirectoryPagesThroughEveryOrganisationTheHubSupports() {
        Organisation body = repository.findById(hub, Viewer.PUBLIC).orElseThrow();
        long organisations = body.supportingTotal() - networksSupported();
        var filter = new OrganisationFilter(null, null, null, null, null, null, hub);
        Set<String> seen = new HashSet<>();
        int page = 0;
        long total;
        do {
            var result = repository.list(filter, new PageRequest(page++, 100), Viewer.PUBLIC);
            total = result.total();
            result.items().stream().map(OrganisationSummary::id).forEach(seen::add);
        } while (seen.size() < total && page < 100);

        assertEquals(organisations, total);
        assertEquals(total, seen.size(), "no organisation is listed twice or missed");
        assertEquals(Set.copyOf(graph.read(tx -> tx.run("""
                MATCH (:Organisation {id: $id})<-[:SUPPORTED_BY]-(x:Organisation) RETURN x.id AS id""",
                Map.of("id", hub)).list(r -> r.get("id").asString()))), seen);
    }

    @Test
    void theCollaboratorsAnswerCapsTheSupportedOrganisationsAndSaysHowManyMore() {
        Collaborators collaborators = repository.collaborators(hub, LISTED, Viewer.PUBLIC).orElseThrow();
        long supports = collaborators.collaborators().stream().flatMap(c -> c.ties().stream())
                .map(Collaborator.Tie::type).filter("SUPPORTS"::equals).count();
        long organisations = repository.list(new OrganisationFilter(null, null, null, null, null, null, hub),
                new PageRequest(0, 1), Viewer.PUBLIC).total();

        assertEquals(LISTED, supports);
        assertEquals(List.of(new Collaborators.TruncatedSupport("SUPPORTS", organisations, organisations - LISTED)),
                collaborators.truncatedSupport());
    }

    @Test
    void aPrivateSupportTieIsNeitherListedNorCountedForOthers() {
        Organisation before = repository.findById(hub, Viewer.PUBLIC).orElseThrow();
        String hidden = before.supporting().get(before.supporting().size() - 1).id();
        Viewer member = new Viewer(Set.of(hidden), false);
        graph.write(tx -> tx.run("""
                MATCH (:Organisation {id: $id})<-[s:SUPPORTED_BY]-(:Organisation {id: $hidden})
                SET s.visibility = 'PRIVATE'""", Map.of("id", hub, "hidden", hidden)).consume());
        try {
            Organisation anyone = repository.findById(hub, Viewer.PUBLIC).orElseThrow();
            assertEquals(before.supportingTotal() - 1, anyone.supportingTotal());
            assertTrue(anyone.supporting().stream().noneMatch(l -> l.id().equals(hidden)));
            assertEquals(LISTED, anyone.supporting().size(), "the next one moves up");
            assertEquals(before.supportingTotal() - 1 - LISTED, repository.collaborators(hub, LISTED, Viewer.PUBLIC)
                    .orElseThrow().truncatedSupport().get(0).omitted() + networksSupported());

            Organisation theirs = repository.findById(hub, member).orElseThrow();
            assertEquals(before.supportingTotal(), theirs.supportingTotal());
            assertEquals(before.supporting().stream().map(Link::id).toList(),
                    theirs.supporting().stream().map(Link::id).toList());
        } finally {
            graph.write(tx -> tx.run("""
                    MATCH (:Organisation {id: $id})<-[s:SUPPORTED_BY]-(:Organisation {id: $hidden})
                    REMOVE s.visibility""", Map.of("id", hub, "hidden", hidden)).consume());
        }
    }

    private static long networksSupported() {
        return TestGraph.count("""
                MATCH (:Organisation {id: $id})<-[:SUPPORTED_BY]-(n:Network) RETURN count(n)""", Map.of("id", hub));
    }

    @Test
    void theLookupNoLongerProjectsEveryTieOfTheHub() {
        long hubHits = dbHits(hub);
        // Counting and ordering still visit each supporting tie (the count respects privacy), but only the
        // listed fifty are projected and public ties skip the partner checks: about 9.6 db hits per supported
        // tie here (11,838 for 1,231 at seed 42), where the uncapped profile took 24 (29,797).
        assertTrue(hubHits < 12 * supported, hubHits + " db hits for " + supported + " supported");
        assertTrue(dbHits("leeds-gate") < 200, "an ordinary organisation stays about a hundred db hits");
    }

    private static long dbHits(String id) {
        var params = VisibilityRule.with(Map.of("id", id, "listed", LISTED), Viewer.PUBLIC);
        return graph.read(tx -> sum(tx.run("PROFILE " + Neo4jOrganisationRepository.FIND_BY_ID, params).consume()
                .profile()));
    }

    private static long sum(ProfiledPlan plan) {
        return plan.dbHits() + plan.children().stream().mapToLong(SupportHubGraphTest::sum).sum();
    }
}
