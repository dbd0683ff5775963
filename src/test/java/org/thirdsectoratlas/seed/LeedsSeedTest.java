package org.thirdsectoratlas.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.seed.application.SeedInstaller;
import org.thirdsectoratlas.seed.application.SeedReport;
import org.thirdsectoratlas.seed.infrastructure.DirectorySeedSource;
import org.thirdsectoratlas.seed.infrastructure.Neo4jSeedStore;
import org.thirdsectoratlas.testing.TestGraph;

/**
 * The Leeds seed, loaded from graph-seed/ into a real Neo4j, checked against what the research
 * (Third Sector Leeds, Consortium Working Research, July 2023) says.
 */
class LeedsSeedTest {

    private static final Path RESEARCH = TestGraph.SEED.resolve("sources/consortium-working-research-2023.md");
    private static Graph graph;

    @BeforeAll
    static void seed() {
        graph = TestGraph.seeded();
    }

    private static List<String> strings(String cypher, Map<String, Object> params) {
        return graph.read(tx -> tx.run(cypher, params).list(r -> r.get(0).asString()));
    }

    @Test
    void theLeedsSolidarityNetworkHasTheFourMembersTheResearchNames() {
        assertEquals(List.of("BASIS Yorkshire", "LASSN", "Leeds GATE", "Yorkshire MESMAC"), strings("""
                MATCH (o:Organisation)-[:MEMBER_OF]->(:Network {name: 'Leeds Solidarity Network'})
                RETURN o.name ORDER BY o.name""", Map.of()));
    }

    @Test
    void ageUkLeedsIsInLinkingLeedsTheAdvonetConsortiumAndTheLeedsOakAlliance() {
        assertEquals(List.of("Advonet consortium", "Leeds Oak Alliance", "Linking Leeds"), strings("""
                MATCH (:Organisation {id: 'age-uk-leeds'})-[:MEMBER_OF|PARTNER_IN]->(p)
                RETURN p.name ORDER BY p.name""", Map.of()));
        assertEquals(List.of("Enhance"), strings("""
                MATCH (:Organisation {id: 'age-uk-leeds'})-[:RUNS]->(p:Programme) RETURN p.name""", Map.of()));
    }

    @ParameterizedTest(name = "{0}: primary {1}%, additional {2}%")
    @CsvSource(nullValues = "-", value = {
            "Young People and Care Leavers, 22, 56",
            "People with mental health issues, -, 89",
            "People facing high levels of deprivation, 11, 78",
            "'Black, Asian and culturally diverse communities', 11, 67",
            "Single Parents/Carers, 11, 78",
            "Sex Workers, -, 44",
            "Gypsies and Travellers, -, 11",
            "People with mobility issues, -, 22"})
    void surveyPercentagesAreTheResearchs(String community, Long primary, Long additional) {
        Map<String, Object> c = graph.read(tx -> tx.run(
                "MATCH (c:Community {name: $name}) RETURN c {.surveyPrimaryPercent, .surveyAdditionalPercent} AS c",
                Map.of("name", community)).single().get("c").asMap());
        assertEquals(primary, c.get("surveyPrimaryPercent"));
        assertEquals(additional, c.get("surveyAdditionalPercent"));
    }

    @Test
    void thereAreTwentySurveyCommunityCategories() {
        assertEquals(20, TestGraph.count("MATCH (c:Community {surveyCategory: true}) RETURN count(c)"));
    }

    @Test
    void allThreeConsortiumStructuresArePresent() {
        assertEquals(List.of("LEAD_PARTNER", "PARTNERSHIP_OF_EQUALS", "UMBRELLA"),
                strings("MATCH (s:ConsortiumStructure) RETURN s.id ORDER BY s.id", Map.of()));
    }

    @Test
    void theThirdSectorTrendsFiguresAreTheResearchs() {
        var figures = graph.read(tx -> tx.run("""
                MATCH (t:TrendFigure)
                RETURN t.formality AS f, [t.percentEngaged, t.percentInterested, t.percentDisinterested] AS p""")
                .list(r -> Map.entry(r.get("f").asString(), r.get("p").asList(v -> v.isNull() ? null : v.asLong()))));
        var byFormality = Map.ofEntries(figures.toArray(Map.Entry[]::new));
        assertEquals(java.util.Arrays.asList(73L, 9L, null), byFormality.get("INFORMAL"));
        assertEquals(java.util.Arrays.asList(65L, 11L, null), byFormality.get("SEMI_FORMAL"));
        assertEquals(List.of(34L, 20L, 47L), byFormality.get("FORMAL"));
    }

    @Test
    void voluntaryActionLeedsCarriesTheNumbersOnTheReportsCoverAndSupportsThirdSectorLeeds() {
        assertEquals(List.of("GB-CHC-225863", "GB-COH-00055515"), graph.read(tx -> tx.run(
                "MATCH (o:Organisation {id: 'voluntary-action-leeds'}) RETURN o.identifiers AS ids")
                .single().get("ids").asList(v -> v.asString())));
        assertEquals(1, TestGraph.count("""
                MATCH (:Network {name: 'Third Sector Leeds'})-[:SUPPORTED_BY]->(:Organisation {id: 'voluntary-action-leeds'})
                RETURN count(*)"""));
    }

    @Test
    void theChecklistHoldsTheKeyRisksKeyLearningAndRecommendations() {
        assertEquals(6, TestGraph.count("MATCH (c:ChecklistItem {category: 'KEY_RISK'}) RETURN count(c)"));
        assertEquals(11, TestGraph.count("MATCH (c:ChecklistItem {category: 'KEY_LEARNING'}) RETURN count(c)"));
        assertEquals(5, TestGraph.count("MATCH (c:ChecklistItem {category: 'RECOMMENDATION'}) RETURN count(c)"));
        assertEquals(1, TestGraph.count("""
                MATCH (c:ChecklistItem {category: 'KEY_RISK'})
                WHERE c.text STARTS WITH 'Cash flow difficulties' RETURN count(c)"""));
    }

    @Test
    void theAnonymousConsortiaAreNotInvented() {
        assertEquals(List.of("Advonet consortium"), strings("MATCH (c:Consortium) RETURN c.name", Map.of()));
    }

    @Test
    void everyFactCarriesItsProvenance() {
        assertEquals(0, TestGraph.count("""
                MATCH (n) WHERE n.dataset = 'leeds' AND NOT n:SeedVersion
                  AND (n.source <> 'RESEARCH' OR n.sourceQuote IS NULL OR n.recordedAt IS NULL
                       OR n.lastConfirmed IS NULL OR n.sourceRef IS NULL)
                RETURN count(n)"""));
        assertEquals(0, TestGraph.count("""
                MATCH ()-[r]->() WHERE r.dataset = 'leeds'
                  AND (r.sourceQuote IS NULL OR r.status <> 'CONFIRMED' OR r.recordedAt IS NULL)
                RETURN count(r)"""));
        assertTrue(TestGraph.count("MATCH ()-[r]->() WHERE r.dataset = 'leeds' RETURN count(r)") >= 60);
    }

    @Test
    void everyQuotedSentenceIsInTheResearch() throws IOException {
        String research = normalise(Files.readString(RESEARCH));
        List<String> quotes = strings("""
                MATCH (n) WHERE n.dataset = 'leeds' AND n.sourceQuote IS NOT NULL RETURN n.sourceQuote AS quote
                UNION ALL
                MATCH ()-[r]->() WHERE r.dataset = 'leeds' RETURN r.sourceQuote AS quote""", Map.of());
        List<String> missing = quotes.stream().filter(q -> !research.contains(normalise(q))).toList();
        assertEquals(List.of(), missing);
        assertTrue(quotes.size() > 150);
    }

    @Test
    void loadingTheSeedAgainChangesNoCounts() {
        long nodes = TestGraph.count("MATCH (n) RETURN count(n)");
        long rels = TestGraph.count("MATCH ()-[r]->() RETURN count(r)");

        SeedReport report = new SeedInstaller(new Neo4jSeedStore(graph))
                .install(new DirectorySeedSource(TestGraph.SEED), true);

        assertTrue(report.written());
        assertEquals(nodes, TestGraph.count("MATCH (n) RETURN count(n)"));
        assertEquals(rels, TestGraph.count("MATCH ()-[r]->() RETURN count(r)"));
    }

    private static String normalise(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replaceAll("\\s+", " ");
    }
}
