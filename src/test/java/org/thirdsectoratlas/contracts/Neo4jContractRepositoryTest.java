package org.thirdsectoratlas.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.thirdsectoratlas.contracts.domain.ContractSummary;
import org.thirdsectoratlas.contracts.infrastructure.graph.Neo4jContractRepository;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.Link;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

/** The seed has no contract, so the first test runs before the second adds one. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Neo4jContractRepositoryTest {

    private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_SIZE);
    private static Graph graph;
    private static Neo4jContractRepository repository;

    @BeforeAll
    static void seed() {
        graph = TestGraph.seeded();
        repository = new Neo4jContractRepository(graph);
    }

    @AfterAll
    static void removeTheExample() {
        graph.write(tx -> tx.run("MATCH (n) WHERE n.id STARTS WITH 'ktest-' DETACH DELETE n").consume());
    }

    @Test
    @Order(1)
    void theLeedsResearchNamesNoContract() {
        assertEquals(0, repository.list(null, ALL, Viewer.PUBLIC).total());
        assertTrue(repository.findById("no-such-contract", Viewer.PUBLIC).isEmpty());
    }

    @Test
    @Order(2)
    void aContractShowsItsCommissionerAndWhoDeliversIt() {
        graph.write(tx -> tx.run("""
                MATCH (lcc:Organisation {id: 'leeds-city-council'}), (c:Consortium {id: 'advonet-consortium'})
                CREATE (k:Contract {id: 'ktest-advocacy', name: 'Ktest Advocacy', value: 250000.0,
                                    startDate: date('2024-04-01'), endDate: date('2027-03-31')})
                CREATE (c)-[:DELIVERS {status: 'CONFIRMED', source: 'CONTRACT'}]->(k)-[:COMMISSIONED_BY]->(lcc)
                """, Map.of()).consume());

        var contract = repository.findById("ktest-advocacy", Viewer.PUBLIC).orElseThrow();

        assertEquals(250000.0, contract.value());
        assertEquals("2024-04-01", contract.startDate());
        assertEquals("leeds-city-council", contract.commissioner().id());
        assertEquals(List.of("advonet-consortium"), contract.deliveredBy().stream().map(Link::id).toList());
        assertEquals("Consortium", contract.deliveredBy().get(0).kind());
        assertEquals(List.of(new ContractSummary("ktest-advocacy", "Ktest Advocacy", 250000.0, "2024-04-01",
                "2027-03-31", "Leeds City Council", 1)), repository.list("leeds-city-council", ALL, Viewer.PUBLIC).items());
        assertEquals(0, repository.list("kings-fund", ALL, Viewer.PUBLIC).total());
    }
}
