package org.thirdsectoratlas.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.thirdsectoratlas.generator.application.EcosystemLoader;
import org.thirdsectoratlas.generator.application.EcosystemStore;
import org.thirdsectoratlas.generator.application.LoadReport;
import org.thirdsectoratlas.generator.domain.EcosystemCensus;
import org.thirdsectoratlas.generator.domain.EcosystemSize;
import org.thirdsectoratlas.generator.domain.Generation;
import org.thirdsectoratlas.generator.infrastructure.graph.Neo4jEcosystemStore;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.seed.application.SeedInstaller;
import org.thirdsectoratlas.seed.infrastructure.DirectorySeedSource;
import org.thirdsectoratlas.seed.infrastructure.Neo4jSeedStore;
import org.thirdsectoratlas.testing.TestGraph;

/** Size S through the bulk loader into a real Neo4j beside the Leeds seed: counts, provenance, reload, removal. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedEcosystemLoadTest {

    private static final Generation S = new Generation(42, EcosystemSize.S);
    private static final String GENERATED_NODES = """
            MATCH (n) WHERE n.dataset = 'generated-S' RETURN count(n)""";
    private static final String GENERATED_TIES = """
            MATCH ()-[r]->() WHERE r.dataset = 'generated-S' RETURN count(r)""";
    private static final String LEEDS_NODES = "MATCH (n) WHERE n.dataset = 'leeds' RETURN count(n)";
    private static final String LEEDS_TIES = "MATCH ()-[r]->() WHERE r.dataset = 'leeds' RETURN count(r)";

    private static EcosystemLoader loader;
    private static EcosystemCensus census;
    private static LoadReport first;
    private static long leedsNodes;
    private static long leedsTies;

    @BeforeAll
    static void loadS() {
        Graph graph = TestGraph.seeded();
        loader = new EcosystemLoader(new Neo4jEcosystemStore(graph), new SeedInstaller(new Neo4jSeedStore(graph)),
                new DirectorySeedSource(TestGraph.SEED), EcosystemLoader.DEFAULT_BATCH);
        loader.remove(S.dataset());
        leedsNodes = TestGraph.count(LEEDS_NODES);
        leedsTies = TestGraph.count(LEEDS_TIES);
        census = new EcosystemCensus();
        CollectedEcosystem.generator().generate(S, census);
        first = loader.load(S);
    }

    @AfterAll
    static void leaveOnlyTheLeedsSeed() {
        loader.remove(S.dataset());
    }

    @Test
    @Order(1)
    void theGraphHoldsExactlyWhatWasGenerated() {
        assertEquals(census.nodeCount(), first.nodes());
        assertEquals(census.tieCount(), first.ties());
        assertEquals(census.nodeCount(), TestGraph.count(GENERATED_NODES));
        assertEquals(census.tieCount(), TestGraph.count(GENERATED_TIES));
        census.nodesByLabel().forEach((label, count) -> assertEquals(count, TestGraph.count(
                "MATCH (n:$($label)) WHERE n.dataset = 'generated-S' RETURN count(n)", Map.of("label", label)), label));
        census.tiesByType().forEach((type, count) -> assertEquals(count, TestGraph.count(
                "MATCH ()-[r:$($type)]->() WHERE r.dataset = 'generated-S' RETURN count(r)", Map.of("type", type)), type));
        assertTrue(first.tiesPerSecond() > 0);
    }

    @Test
    @Order(2)
    void everyGeneratedElementCarriesItsProvenance() {
        assertEquals(0, TestGraph.count("""
                MATCH (n) WHERE n.dataset = 'generated-S'
                  AND NOT (n.source = 'GENERATED' AND n.sourceRef = 'generator:42:S'
                           AND n.recordedAt IS NOT NULL AND n.lastConfirmed IS NOT NULL)
                RETURN count(n)"""));
        assertEquals(0, TestGraph.count("""
                MATCH ()-[r]->() WHERE r.dataset = 'generated-S'
                  AND NOT (r.source = 'GENERATED' AND r.sourceRef = 'generator:42:S'
                           AND r.recordedAt IS NOT NULL AND r.lastConfirmed IS NOT NULL
                           AND r.status IN ['CONFIRMED', 'CLAIMED'])
                RETURN count(r)"""));
        // Nothing generated is left without provenance: every node with a gen- id belongs to the dataset.
        assertEquals(census.nodeCount(), TestGraph.count("MATCH (n) WHERE n.id STARTS WITH 'gen-s-' RETURN count(n)"));
    }

    @Test
    @Order(3)
    void itSitsBesideTheLeedsSeedWithoutChangingIt() {
        assertEquals(leedsNodes, TestGraph.count(LEEDS_NODES));
        assertEquals(leedsTies, TestGraph.count(LEEDS_TIES));
        // Generated organisations serve the seed's own survey communities.
        assertTrue(TestGraph.count("""
                MATCH (:Organisation {dataset: 'generated-S'})-[:SUPPORTS {primary: true}]->
                      (:Community {id: 'young-people-and-care-leavers', dataset: 'leeds'})
                RETURN count(*)""") > 300);
    }

    @Test
    @Order(4)
    void theLargestNetworkHasAtLeastTenTimesTheMedianMembership() {
        Map<String, Object> sizes = TestGraph.graph().read(tx -> tx.run("""
                MATCH (n:Network {dataset: 'generated-S'})
                WITH n, COUNT { (n)<-[:MEMBER_OF]-() } AS members
                RETURN max(members) AS largest, percentileDisc(members, 0.5) AS median
                """).single().asMap());
        long largest = (Long) sizes.get("largest");
        long median = (Long) sizes.get("median");
        assertTrue(largest >= 10 * median, sizes.toString());
    }

    @Test
    @Order(5)
    void loadingTheSameDatasetAgainLeavesTheSameCounts() {
        LoadReport again = loader.load(S);

        assertEquals(first.ties(), again.ties());
        assertEquals(census.nodeCount(), TestGraph.count(GENERATED_NODES));
        assertEquals(census.tieCount(), TestGraph.count(GENERATED_TIES));
    }

    @Test
    @Order(6)
    void anotherSeedOfTheSameSizeIsRefusedUntilTheFirstIsRemoved() {
        var e = assertThrows(IllegalStateException.class, () -> loader.load(new Generation(7, EcosystemSize.S)));
        assertTrue(e.getMessage().contains("generator:42:S"), e.getMessage());
        assertEquals(census.tieCount(), TestGraph.count(GENERATED_TIES));
    }

    @Test
    @Order(7)
    void removingTheDatasetLeavesOnlyTheLeedsSeed() {
        EcosystemStore.Removal removal = loader.remove(S.dataset());

        assertEquals(census.nodeCount(), removal.nodes());
        assertEquals(census.tieCount(), removal.ties());
        assertEquals(0, TestGraph.count(GENERATED_NODES));
        assertEquals(0, TestGraph.count(GENERATED_TIES));
        assertEquals(leedsNodes, TestGraph.count(LEEDS_NODES));
        assertEquals(leedsTies, TestGraph.count(LEEDS_TIES));
    }
}
