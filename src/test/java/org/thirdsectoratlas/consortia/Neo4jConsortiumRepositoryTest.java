package org.thirdsectoratlas.consortia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.consortia.domain.ConsortiumFilter;
import org.thirdsectoratlas.consortia.domain.ConsortiumStructure;
import org.thirdsectoratlas.consortia.domain.ConsortiumSummary;
import org.thirdsectoratlas.consortia.infrastructure.graph.Neo4jConsortiumRepository;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.Link;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

class Neo4jConsortiumRepositoryTest {

    private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_SIZE);
    private static Graph graph;
    private static Neo4jConsortiumRepository repository;

    @BeforeAll
    static void seed() {
        graph = TestGraph.seeded();
        repository = new Neo4jConsortiumRepository(graph);
    }

    @AfterAll
    static void removeTheExample() {
        graph.write(tx -> tx.run("MATCH (n) WHERE n.id STARTS WITH 'contest-' DETACH DELETE n").consume());
    }

    @Test
    void theAdvonetConsortiumHasAgeUkLeedsAndNoStatedStructureOrLead() {
        var advonet = repository.findById("advonet-consortium", Viewer.PUBLIC).orElseThrow();

        assertEquals(List.of("age-uk-leeds"), advonet.partners().stream().map(Link::id).toList());
        assertNull(advonet.partners().get(0).role(), "the research states no role");
        assertNull(advonet.structure(), "the research states no structure");
        assertNull(advonet.lead());
        assertEquals(List.of(), advonet.contracts());
    }

    @Test
    void aLeadPartnerConsortiumShowsTheResearchStructureItsLeadAndContracts() {
        graph.write(tx -> tx.run("""
                MATCH (s:ConsortiumStructure {id: 'LEAD_PARTNER'}), (lcc:Organisation {id: 'leeds-city-council'})
                CREATE (c:Consortium {id: 'contest-consortium', name: 'Contest Consortium', structure: 'LEAD_PARTNER'})
                CREATE (c)-[:HAS_STRUCTURE]->(s)
                CREATE (k:Contract {id: 'contest-contract', name: 'Contest Contract', value: 120000.0})
                CREATE (c)-[:DELIVERS {status: 'CONFIRMED'}]->(k)-[:COMMISSIONED_BY]->(lcc)
                WITH c
                MATCH (lead:Organisation {id: 'lassn'}), (minor:Organisation {id: 'leeds-gate'})
                CREATE (lead)-[:PARTNER_IN {role: 'lead', status: 'CONFIRMED'}]->(c)
                CREATE (minor)-[:PARTNER_IN {role: 'minor', status: 'CLAIMED'}]->(c)
                """, Map.of()).consume());

        var consortium = repository.findById("contest-consortium", Viewer.PUBLIC).orElseThrow();

        assertEquals("LEAD_PARTNER", consortium.structure().id());
        assertEquals(List.of("lead", "minor", "subcontractor"), consortium.structure().roles());
        assertEquals("probably the most common", consortium.structure().prevalence());
        assertEquals("lassn", consortium.lead().id());
        assertEquals(List.of("lead", "minor"), consortium.partners().stream().map(Link::role).toList());
        assertEquals("Leeds City Council", consortium.contracts().get(0).kind());

        assertEquals(List.of(new ConsortiumSummary("contest-consortium", "Contest Consortium", "LEAD_PARTNER", 2,
                        "LASSN", 1)),
                repository.list(new ConsortiumFilter(null, ConsortiumStructure.LEAD_PARTNER, null), ALL, Viewer.PUBLIC).items());
        assertEquals(List.of(), repository.list(new ConsortiumFilter(null, ConsortiumStructure.UMBRELLA, null), ALL, Viewer.PUBLIC)
                .items());
        assertEquals(1, repository.list(new ConsortiumFilter(null, null, "leeds-gate"), ALL, Viewer.PUBLIC).total());
    }

    @Test
    void searchesByName() {
        var found = repository.list(new ConsortiumFilter("advonet", null, null), ALL, Viewer.PUBLIC);
        assertEquals(List.of("advonet-consortium"), found.items().stream().map(ConsortiumSummary::id).toList());
        assertEquals(1, repository.list(new ConsortiumFilter(null, null, "age-uk-leeds"), ALL, Viewer.PUBLIC).total());
    }

    @Test
    void anUnknownIdFindsNothing() {
        assertTrue(repository.findById("no-such-consortium", Viewer.PUBLIC).isEmpty());
    }
}
