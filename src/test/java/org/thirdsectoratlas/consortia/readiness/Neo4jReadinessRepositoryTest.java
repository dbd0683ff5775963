package org.thirdsectoratlas.consortia.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.thirdsectoratlas.consortia.readiness.domain.ChecklistItem;
import org.thirdsectoratlas.consortia.readiness.domain.ConsortiumReadiness;
import org.thirdsectoratlas.consortia.readiness.domain.ReadinessAssessor;
import org.thirdsectoratlas.consortia.readiness.domain.ReadinessItem;
import org.thirdsectoratlas.consortia.readiness.domain.ReadinessStatus;
import org.thirdsectoratlas.consortia.readiness.infrastructure.graph.Neo4jReadinessRepository;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

/** Leeds first, then a hand-built consortium (which replaces Leeds until @AfterAll). */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Neo4jReadinessRepositoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @AfterAll
    static void restoreLeeds() {
        TestGraph.wipe();
        TestGraph.seeded();
    }

    private static ConsortiumReadiness readiness(String consortium) {
        var repository = new Neo4jReadinessRepository(TestGraph.graph());
        return new ReadinessAssessor(TODAY).assess(repository.facts(consortium, Viewer.PUBLIC).orElseThrow(), repository.checklist());
    }

    private static ReadinessStatus status(ConsortiumReadiness r, String itemId) {
        return item(r, itemId).status();
    }

    private static ReadinessItem item(ConsortiumReadiness r, String itemId) {
        return r.assessed().stream().filter(i -> i.item().id().equals(itemId)).findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void theAdvonetConsortiumHasOneKnownPartnerAndNoStatedRolesSoLeadAndRolesAreNotShown() {
        TestGraph.seeded();
        ConsortiumReadiness advonet = readiness("advonet-consortium");

        assertEquals(1, advonet.partners());
        assertEquals(ReadinessStatus.NOT_SHOWN, status(advonet, "success-factor-during-bidding-3")); // LEAD_AGREED
        assertEquals(ReadinessStatus.NOT_SHOWN, status(advonet, "key-learning-contracting-4"));      // LEAD_AGREED
        assertEquals(ReadinessStatus.NOT_SHOWN, status(advonet, "success-factor-during-bidding-1")); // ROLES_RECORDED
        assertTrue(item(advonet, "success-factor-during-bidding-1").facts().get(0).contains("Age UK Leeds"));
        assertEquals(ReadinessStatus.NOT_SHOWN, status(advonet, "key-risk-6")); // no lead to carry the costs
        assertEquals(0, advonet.met());
        assertEquals(0, advonet.atRisk());
        // 48 lines - 5 comment/header lines = 43 items; those without an evidence key are to discuss.
        assertEquals(43, advonet.assessed().size() + advonet.toDiscuss().size());
        assertTrue(advonet.toDiscuss().stream().map(ChecklistItem::id).toList().contains("key-risk-1"));
        assertEquals("success-factor-before-bidding-1", advonet.assessed().get(0).item().id());
    }

    @Test
    @Order(2)
    void aConsortiumWithAnAgreedLeadRolesSharedResourcesAndPriorTiesMeetsThoseItemsAndCarriesTheLeadRisks() {
        TestGraph.wipe();
        TestGraph.graph().write(tx -> tx.run("""
                CREATE (s:ConsortiumStructure {id: 'LEAD_PARTNER', roles: ['lead', 'minor', 'subcontractor']}),
                       (k:Consortium {id: 'k', name: 'K', structure: 'LEAD_PARTNER'}),
                       (k)-[:HAS_STRUCTURE]->(s),
                       (l:Organisation {id: 'l', name: 'Lead org', kind: 'CHARITY'}),
                       (a:Organisation {id: 'a', name: 'A', kind: 'COMMUNITY_GROUP'}),
                       (i:Organisation {id: 'i', name: 'Infra', kind: 'INFRASTRUCTURE_BODY'}),
                       (n:Network {id: 'n', name: 'N'}), (r:Resource {id: 'r', name: 'a shared hall'}),
                       (x:Contract {id: 'x', name: 'X', value: 20000.0}),
                       (l)-[:PARTNER_IN {role: 'lead', status: 'CONFIRMED', lastConfirmed: date('2026-06-01')}]->(k),
                       (a)-[:PARTNER_IN {role: 'minor', status: 'CONFIRMED', lastConfirmed: date('2026-06-01')}]->(k),
                       (l)-[:MEMBER_OF {status: 'CONFIRMED'}]->(n), (a)-[:MEMBER_OF {status: 'CONFIRMED'}]->(n),
                       (l)-[:SHARES {status: 'CONFIRMED'}]->(r), (a)-[:SHARES {status: 'CONFIRMED'}]->(r),
                       (a)-[:SUPPORTED_BY {status: 'CONFIRMED'}]->(i),
                       (k)-[:DELIVERS {status: 'CONFIRMED'}]->(x),
                       (:ChecklistItem {id: 'lead', category: 'SUCCESS_FACTOR', stage: 'DURING_BIDDING', position: 3, evidence: 'LEAD_AGREED', text: 't'}),
                       (:ChecklistItem {id: 'roles', category: 'SUCCESS_FACTOR', stage: 'DURING_BIDDING', position: 1, evidence: 'ROLES_RECORDED', text: 't'}),
                       (:ChecklistItem {id: 'review', category: 'KEY_LEARNING', stage: 'CONTRACTING', position: 1, evidence: 'ROLES_REVIEWED', text: 't'}),
                       (:ChecklistItem {id: 'prior', category: 'SUCCESS_FACTOR', stage: 'BEFORE_BIDDING', position: 1, evidence: 'PRIOR_COLLABORATION', text: 't'}),
                       (:ChecklistItem {id: 'share', category: 'RECOMMENDATION', position: 5, evidence: 'SHARED_RESOURCES', text: 't'}),
                       (:ChecklistItem {id: 'infra', category: 'SUCCESS_FACTOR', stage: 'BEFORE_BIDDING', position: 10, evidence: 'INFRASTRUCTURE_SUPPORT', text: 't'}),
                       (:ChecklistItem {id: 'cash', category: 'KEY_RISK', position: 5, evidence: 'CONTRACTS_RECORDED', text: 't'}),
                       (:ChecklistItem {id: 'costs', category: 'KEY_RISK', position: 6, evidence: 'LEAD_AGREED', text: 't'}),
                       (:ChecklistItem {id: 'talk', category: 'KEY_RISK', position: 1, text: 't'})
                """).consume());

        ConsortiumReadiness k = readiness("k");

        assertEquals(List.of("prior", "infra", "roles", "lead", "review", "cash", "costs", "share"),
                k.assessed().stream().map(i -> i.item().id()).toList());
        for (String met : List.of("lead", "roles", "review", "prior", "share", "infra")) {
            assertEquals(ReadinessStatus.MET, status(k, met), met + ": " + item(k, met).facts());
        }
        assertEquals(List.of("Lead org is the lead."), item(k, "lead").facts());
        assertEquals(List.of("A and Lead org are both members of N"), item(k, "prior").facts());
        assertEquals(List.of("A is supported by Infra"), item(k, "infra").facts());
        assertEquals(ReadinessStatus.AT_RISK, status(k, "cash"));
        assertEquals(List.of("Payments for 1 contract(s) worth £20,000 reach 1 other partner(s) through Lead org."),
                item(k, "cash").facts());
        assertEquals(ReadinessStatus.AT_RISK, status(k, "costs"));
        assertEquals(List.of("talk"), k.toDiscuss().stream().map(ChecklistItem::id).toList());
    }
}
