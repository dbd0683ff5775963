package org.thirdsectoratlas.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.organisations.domain.Collaborator;
import org.thirdsectoratlas.organisations.domain.Collaborators;
import org.thirdsectoratlas.organisations.infrastructure.graph.Neo4jOrganisationRepository;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

/** Who works with whom, and how, on the Leeds seed and on a hand-built hub. */
class CollaboratorsTest {

    private static Graph graph;
    private static Neo4jOrganisationRepository repository;

    @BeforeAll
    static void seed() {
        graph = TestGraph.seeded();
        repository = new Neo4jOrganisationRepository(graph);
    }

    @AfterAll
    static void removeTheHub() {
        graph.write(tx -> tx.run("MATCH (n) WHERE n.id STARTS WITH 'hubtest-' DETACH DELETE n").consume());
    }

    private static Collaborators of(String id) {
        return repository.collaborators(id, 50, Viewer.PUBLIC).orElseThrow();
    }

    @Test
    void leedsGateWorksWithTheOtherSolidarityNetworkMembersThroughThatNetwork() {
        var gate = of("leeds-gate");

        assertEquals("Leeds GATE", gate.name());
        assertEquals(List.of("BASIS Yorkshire", "LASSN", "Yorkshire MESMAC"),
                gate.collaborators().stream().map(Collaborator::name).toList());
        for (Collaborator c : gate.collaborators()) {
            assertEquals(1, c.ties().size(), c.name());
            var tie = c.ties().get(0);
            assertEquals("SHARED_NETWORK", tie.type());
            assertEquals("leeds-solidarity-network", tie.via().id());
            assertEquals("both members of Leeds Solidarity Network", tie.explained());
            assertEquals("CONFIRMED", tie.status());
            assertNull(tie.formality(), "the research does not state the network's formality");
        }
        assertEquals(List.of(), gate.truncatedNetworks());
    }

    @Test
    void forumCentralAndVoluntaryActionLeedsCollaborateEitherWayRound() {
        var forum = of("forum-central").collaborators();
        var val = of("voluntary-action-leeds").collaborators();

        assertEquals(List.of("voluntary-action-leeds"), forum.stream().map(Collaborator::id).toList());
        assertEquals(List.of("forum-central"), val.stream().map(Collaborator::id).toList());
        var tie = val.get(0).ties().get(0);
        assertEquals("COLLABORATION", tie.type());
        assertEquals("RESEARCH", tie.kind());
        assertEquals("Voluntary Action Leeds collaborates with Forum Central", tie.explained());
    }

    @Test
    void ageUkLeedsHasNoNamedCoMembersOrPartnersInTheResearch() {
        // Linking Leeds, Leeds Oak Alliance and the Advonet consortium: the research names no other member.
        assertEquals(List.of(), of("age-uk-leeds").collaborators());
    }

    @Test
    void anUnknownOrganisationHasNoAnswer() {
        assertTrue(repository.collaborators("no-such-organisation", 50, Viewer.PUBLIC).isEmpty());
    }

    @Test
    void aBigNetworkListsAtMostTheCapAndSaysHowManyWereLeftOut() {
        graph.write(tx -> tx.run("""
                CREATE (n:Network {id: 'hubtest-network', name: 'Hubtest Network', formality: 'SEMI_FORMAL'})
                CREATE (c:Consortium {id: 'hubtest-consortium', name: 'Hubtest Consortium'})
                WITH n, c
                UNWIND range(0, 59) AS i
                CREATE (o:Organisation {id: 'hubtest-org-' + i, name: 'Hubtest Org ' + right('0' + i, 2)})
                CREATE (o)-[:MEMBER_OF {status: CASE WHEN i = 1 THEN 'CLAIMED' ELSE 'CONFIRMED' END}]->(n)
                WITH o, i, c WHERE i < 2
                CREATE (o)-[:PARTNER_IN {status: 'CONFIRMED', role: CASE i WHEN 0 THEN 'lead' ELSE 'minor' END}]->(c)
                """, Map.of()).consume());

        var hub = repository.collaborators("hubtest-org-0", 10, Viewer.PUBLIC).orElseThrow();

        assertEquals(10, hub.collaborators().size());
        assertEquals(List.of(new Collaborators.TruncatedNetwork("hubtest-network", "Hubtest Network", 59, 49)),
                hub.truncatedNetworks());
        var org1 = hub.collaborators().get(0);
        assertEquals("Hubtest Org 01", org1.name());
        assertEquals(List.of("CONSORTIUM_PARTNER", "SHARED_NETWORK"), org1.ties().stream().map(t -> t.type()).toList());
        var partner = org1.ties().get(0);
        assertEquals("FORMAL", partner.formality());
        assertEquals(List.of("lead", "minor"), partner.roles());
        assertEquals("partners in the Hubtest Consortium", partner.explained());
        var member = org1.ties().get(1);
        assertEquals("SEMI_FORMAL", member.formality());
        assertEquals("CLAIMED", member.status(), "a tie is confirmed only when both memberships are");
    }
}
