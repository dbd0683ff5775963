package org.thirdsectoratlas.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.thirdsectoratlas.generator.application.EcosystemLoader;
import org.thirdsectoratlas.generator.domain.EcosystemSize;
import org.thirdsectoratlas.generator.domain.Generation;
import org.thirdsectoratlas.generator.infrastructure.graph.Neo4jEcosystemStore;
import org.thirdsectoratlas.insights.domain.CellGroup;
import org.thirdsectoratlas.insights.domain.CellKey;
import org.thirdsectoratlas.insights.domain.CellOrganisation;
import org.thirdsectoratlas.insights.domain.CoverageMatrix;
import org.thirdsectoratlas.insights.domain.CoverageMatrixBuilder;
import org.thirdsectoratlas.insights.domain.Ref;
import org.thirdsectoratlas.insights.infrastructure.graph.Neo4jCoverageRepository;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.seed.application.SeedInstaller;
import org.thirdsectoratlas.seed.infrastructure.DirectorySeedSource;
import org.thirdsectoratlas.seed.infrastructure.Neo4jSeedStore;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;
import org.thirdsectoratlas.testing.TestGraph;

/**
 * The in-memory coverage computation (CoverageFacts over flat rows) against the coverage rule written as one
 * plain Cypher aggregation (the former implementation, kept here as the reference), on a generated ecosystem
 * of 500 organisations beside the Leeds seed: networks with many members, consortia, places rolled up through
 * wards, cities, regions and the nation. The two must give the same matrix, cell by cell.
 */
class CoverageAgreesWithTheCypherRuleTest {

    private static final Generation G500 = new Generation(42, EcosystemSize.parse("500"));
    private static EcosystemLoader loader;
    private static Graph graph;

    static final String ORGANISATION_PLACES = """
            CALL (o) {
              MATCH (o)-[r:OPERATES_IN]->(:Locality)-[:PART_OF*0..]->(l:Locality)
              WHERE coalesce(r.status, '') <> 'WITHDRAWN' AND VISIBLE(r, o)
              RETURN l, null AS network
              UNION
              MATCH (o)-[m:MEMBER_OF]->(n:Network)-[r:OPERATES_IN]->(:Locality)-[:PART_OF*0..]->(l:Locality)
              WHERE coalesce(m.status, '') <> 'WITHDRAWN' AND coalesce(r.status, '') <> 'WITHDRAWN'
                AND n.retired IS NULL AND VISIBLE(m, o) AND VISIBLE(r, n)
              RETURN l, n.id AS network
            }
            """;

    /** Every organisation, group and tie taking part passes the privacy rule for $viewer. */
    static final String COVERAGE = VisibilityRule.expand("""
            MATCH (c:Community)
            RETURN 'COMMUNITY' AS row, null AS community, null AS locality, c.id AS id, c.name AS name,
                   null AS kind, true AS own, [] AS through
            UNION ALL
            MATCH (l:Locality)
            RETURN 'LOCALITY' AS row, null AS community, null AS locality, l.id AS id, l.name AS name,
                   l.kind AS kind, true AS own, [] AS through
            UNION ALL
            MATCH (o:Organisation)-[s:SUPPORTS]->(c:Community)
            WHERE o.retired IS NULL AND coalesce(s.status, '') <> 'WITHDRAWN' AND VISIBLE(o, o) AND VISIBLE(s, o)
            """ + ORGANISATION_PLACES + """
            WITH c, l, o, count(*) AS places, collect(network) AS networks
            RETURN 'ORGANISATION' AS row, c.id AS community, l.id AS locality, o.id AS id, o.name AS name,
                   o.kind AS kind, places > size(networks) AS own,
                   CASE WHEN places > size(networks) THEN [] ELSE networks END AS through
            UNION ALL
            MATCH (g)-[s:SUPPORTS]->(c:Community), (g)-[r:OPERATES_IN]->(:Locality)-[:PART_OF*0..]->(l:Locality)
            WHERE (g:Network OR g:Consortium) AND g.retired IS NULL
              AND coalesce(s.status, '') <> 'WITHDRAWN' AND coalesce(r.status, '') <> 'WITHDRAWN'
              AND VISIBLE(s, g) AND VISIBLE(r, g)
            RETURN DISTINCT CASE WHEN g:Network THEN 'NETWORK' ELSE 'CONSORTIUM' END AS row,
                   c.id AS community, l.id AS locality, g.id AS id, g.name AS name,
                   coalesce(g.formality, g.structure) AS kind, true AS own, [] AS through
            UNION ALL
            MATCH (o:Organisation)-[m:MEMBER_OF]->(n:Network), (o)-[s:SUPPORTS]->(c:Community)
            WHERE o.retired IS NULL AND n.retired IS NULL
              AND coalesce(m.status, '') <> 'WITHDRAWN' AND coalesce(s.status, '') <> 'WITHDRAWN'
              AND VISIBLE(o, o) AND VISIBLE(m, o) AND VISIBLE(s, o)
            CALL (o, n) {
              MATCH (o)-[r:OPERATES_IN]->(:Locality)-[:PART_OF*0..]->(l:Locality)
              WHERE coalesce(r.status, '') <> 'WITHDRAWN' AND VISIBLE(r, o)
              RETURN l
              UNION
              MATCH (n)-[r:OPERATES_IN]->(:Locality)-[:PART_OF*0..]->(l:Locality)
              WHERE coalesce(r.status, '') <> 'WITHDRAWN' AND VISIBLE(r, n)
              RETURN l
            }
            RETURN 'NETWORK' AS row, c.id AS community, l.id AS locality, n.id AS id, n.name AS name,
                   n.formality AS kind, false AS own, collect(DISTINCT o.id) AS through
            UNION ALL
            MATCH (o:Organisation)-[p:PARTNER_IN]->(k:Consortium), (o)-[s:SUPPORTS]->(c:Community)
            WHERE o.retired IS NULL AND k.retired IS NULL
              AND coalesce(p.status, '') <> 'WITHDRAWN' AND coalesce(s.status, '') <> 'WITHDRAWN'
              AND VISIBLE(o, o) AND VISIBLE(p, o) AND VISIBLE(s, o)
            """ + ORGANISATION_PLACES + """
            RETURN 'CONSORTIUM' AS row, c.id AS community, l.id AS locality, k.id AS id, k.name AS name,
                   k.structure AS kind, false AS own, collect(DISTINCT o.id) AS through
            """);

    @BeforeAll
    static void load() {
        graph = TestGraph.seeded();
        loader = new EcosystemLoader(new Neo4jEcosystemStore(graph), new SeedInstaller(new Neo4jSeedStore(graph)),
                new DirectorySeedSource(TestGraph.SEED), EcosystemLoader.DEFAULT_BATCH);
        loader.remove(G500.dataset());
        loader.load(G500);
    }

    @AfterAll
    static void leaveOnlyTheLeedsSeed() {
        loader.remove(G500.dataset());
    }

    private static CoverageMatrix byCypher(int organisationsPerCell) {
        CoverageMatrixBuilder builder = new CoverageMatrixBuilder(organisationsPerCell);
        graph.read(tx -> {
            tx.run(COVERAGE, VisibilityRule.with(Map.of(), Viewer.PUBLIC)).forEachRemaining(r -> add(builder, r));
            return null;
        });
        return builder.build();
    }

    @Test
    void everyCellIsTheSameAsThePlainCypherRuleGives() {
        CoverageMatrix expected = byCypher(1_000_000);
        CoverageMatrix actual = new Neo4jCoverageRepository(graph).compute(1_000_000, Viewer.PUBLIC);

        assertTrue(expected.cells().size() > 300, "a generated graph covers many cells: " + expected.cells().size());
        assertTrue(expected.cells().stream().anyMatch(c -> c.networks().stream().anyMatch(g -> !g.own())),
                "some networks cover cells through members only");
        assertTrue(expected.cells().stream().anyMatch(c -> !c.consortia().isEmpty()), "consortia cover cells");
        assertEquals(expected.communities(), actual.communities());
        assertEquals(expected.localities(), actual.localities());
        assertEquals(expected.emptyCells(), actual.emptyCells());
        assertEquals(expected.cells().size(), actual.cells().size());
        for (int i = 0; i < expected.cells().size(); i++) {
            assertEquals(expected.cells().get(i), actual.cells().get(i), "cell " + i);
        }
    }

    @Test
    void aBoundedCellKeepsTheFullCountAndTheFirstOrganisationsByName() {
        CoverageMatrix all = byCypher(1_000_000);
        CoverageMatrix bounded = new Neo4jCoverageRepository(graph).compute(5, Viewer.PUBLIC);
        for (int i = 0; i < all.cells().size(); i++) {
            var full = all.cells().get(i);
            var cut = bounded.cells().get(i);
            assertEquals(full.organisationCount(), cut.organisationCount());
            assertEquals(full.organisations().subList(0, Math.min(5, full.organisations().size())),
                    cut.organisations());
        }
    }

    private static void add(CoverageMatrixBuilder builder, Record r) {
        Ref ref = new Ref(text(r, "id"), text(r, "name"), text(r, "kind"));
        CellKey key = new CellKey(text(r, "community"), text(r, "locality"));
        boolean own = r.get("own").asBoolean();
        // collect() has no order; the served lists are sorted by id.
        var through = r.get("through").asList(Value::asString).stream().sorted().toList();
        switch (r.get("row").asString()) {
            case "COMMUNITY" -> builder.community(ref);
            case "LOCALITY" -> builder.locality(ref);
            case "ORGANISATION" -> builder.organisation(key,
                    new CellOrganisation(ref.id(), ref.name(), ref.kind(), own, through));
            case "NETWORK" -> builder.network(key, new CellGroup(ref.id(), ref.name(), ref.kind(), own, through));
            default -> builder.consortium(key, new CellGroup(ref.id(), ref.name(), ref.kind(), own, through));
        }
    }
}
