package org.thirdsectoratlas.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.thirdsectoratlas.consortia.readiness.domain.ChecklistItem;
import org.thirdsectoratlas.consortia.readiness.domain.Evidence;
import org.thirdsectoratlas.insights.domain.LeadExposure;
import org.thirdsectoratlas.insights.domain.LeadPartner;
import org.thirdsectoratlas.insights.domain.LedConsortium;
import org.thirdsectoratlas.insights.infrastructure.graph.Neo4jLeadExposureRepository;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

/** Leeds first, then a hand-built graph (which replaces Leeds until @AfterAll). */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Neo4jLeadExposureRepositoryTest {

    @AfterAll
    static void restoreLeeds() {
        TestGraph.wipe();
        TestGraph.seeded();
    }

    @Test
    @Order(1)
    void leedsStatesNoLeadSoTheListIsEmptyWithTheReasonAndTheLeadRisks() {
        LeadExposure exposure = new Neo4jLeadExposureRepository(TestGraph.seeded()).compute(Evidence.LEAD_RISKS, Viewer.PUBLIC);

        assertTrue(exposure.leads().isEmpty());
        assertEquals(1, exposure.consortia());
        assertEquals(1, exposure.partnerships());
        assertEquals(0, exposure.partnershipsWithRole());
        assertTrue(exposure.explanation().startsWith("No lead partner is recorded"), exposure.explanation());
        // The research's key risks about leads: cash flow through the lead, costs falling to the lead.
        assertEquals(List.of("key-risk-5", "key-risk-6"), exposure.keyRisks().stream().map(ChecklistItem::id).toList());
        assertTrue(exposure.keyRisks().get(0).text().startsWith("Cash flow difficulties"));
    }

    @Test
    @Order(2)
    void countsDistinctDependentPartnersAndContractsPerLeadMostExposedFirst() {
        TestGraph.wipe();
        TestGraph.graph().write(tx -> tx.run("""
                CREATE (l:Organisation {id: 'l', name: 'Lead', kind: 'CHARITY'}),
                       (m:Organisation {id: 'm', name: 'Minor lead', kind: 'CHARITY'}),
                       (w:Organisation {id: 'w', name: 'Withdrawn lead', kind: 'CHARITY'}),
                       (a:Organisation {id: 'a', name: 'A'}), (b:Organisation {id: 'b', name: 'B'}),
                       (c:Organisation {id: 'c', name: 'C'}),
                       (k1:Consortium {id: 'k1', name: 'K1', structure: 'LEAD_PARTNER'}),
                       (k2:Consortium {id: 'k2', name: 'K2', structure: 'UMBRELLA'}),
                       (k3:Consortium {id: 'k3', name: 'K3', structure: 'LEAD_PARTNER'}),
                       (x:Contract {id: 'x', name: 'X', value: 100000.0}), (y:Contract {id: 'y', name: 'Y', value: 50000.0}),
                       (l)-[:PARTNER_IN {role: 'lead', status: 'CONFIRMED'}]->(k1),
                       (a)-[:PARTNER_IN {role: 'minor', status: 'CONFIRMED'}]->(k1),
                       (b)-[:PARTNER_IN {role: 'minor', status: 'CLAIMED'}]->(k1),
                       (l)-[:PARTNER_IN {role: 'manager', status: 'CONFIRMED'}]->(k2),
                       (b)-[:PARTNER_IN {status: 'CONFIRMED'}]->(k2),
                       (c)-[:PARTNER_IN {status: 'CONFIRMED'}]->(k2),
                       (m)-[:PARTNER_IN {role: 'lead', status: 'CONFIRMED'}]->(k3),
                       (a)-[:PARTNER_IN {role: 'minor', status: 'CONFIRMED'}]->(k3),
                       (w)-[:PARTNER_IN {role: 'lead', status: 'WITHDRAWN'}]->(k3),
                       (k1)-[:DELIVERS {status: 'CONFIRMED'}]->(x),
                       (k2)-[:DELIVERS {status: 'CONFIRMED'}]->(x),
                       (k2)-[:DELIVERS {status: 'CONFIRMED'}]->(y)
                """).consume());

        LeadExposure exposure = new Neo4jLeadExposureRepository(TestGraph.graph()).compute(Evidence.LEAD_RISKS, Viewer.PUBLIC);

        assertEquals(List.of("l", "m"), exposure.leads().stream().map(LeadPartner::id).toList());
        LeadPartner lead = exposure.leads().get(0);
        assertEquals(3, lead.dependentPartners()); // A, B, C: B counted once though in both consortia
        assertEquals(2, lead.contracts());         // X counted once though both consortia deliver it
        assertEquals(150000.0, lead.contractValue());
        assertEquals(List.of(new LedConsortium("k1", "K1", "LEAD_PARTNER", "lead", 2, 1),
                new LedConsortium("k2", "K2", "UMBRELLA", "manager", 2, 2)), lead.consortia());
        assertEquals(1, exposure.leads().get(1).dependentPartners()); // the withdrawn lead is not a partner
        assertEquals(8, exposure.partnerships()); // the withdrawn tie is not counted
        assertTrue(exposure.explanation().startsWith("2 organisation(s) lead or manage"));
    }
}
