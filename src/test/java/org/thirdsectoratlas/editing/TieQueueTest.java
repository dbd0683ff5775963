package org.thirdsectoratlas.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.editing.application.EditPolicy;
import org.thirdsectoratlas.editing.application.TieEditing;
import org.thirdsectoratlas.editing.domain.EditableGroup;
import org.thirdsectoratlas.editing.domain.NetworkDraft;
import org.thirdsectoratlas.editing.domain.OrganisationDraft;
import org.thirdsectoratlas.editing.domain.Partner;
import org.thirdsectoratlas.editing.domain.Tie;
import org.thirdsectoratlas.editing.domain.TieClaim;
import org.thirdsectoratlas.editing.domain.TieTransition;
import org.thirdsectoratlas.editing.infrastructure.graph.Neo4jChangeHistory;
import org.thirdsectoratlas.editing.infrastructure.graph.Neo4jOrganisationEdits;
import org.thirdsectoratlas.editing.infrastructure.graph.Neo4jTies;
import org.thirdsectoratlas.editing.infrastructure.graph.Neo4jGroupEditRepository;
import org.thirdsectoratlas.security.domain.Caller;
import org.thirdsectoratlas.testing.TestGraph;

/**
 * The tie queue on the real embedded Neo4j: one list query says, for each live tie, who speaks for its other
 * side, and so whether the caller may confirm it. Hand-built ties of every kind, with known answers.
 */
class TieQueueTest {

    private static final String KEEPER = "queue-keeper";
    private static final String JOINER = "queue-joiner";
    private static final String INVITED = "queue-invited";
    private static final String RESOURCE = "val-capacity-building-resources";

    private static Neo4jOrganisationEdits organisations;
    private static Neo4jChangeHistory changes;
    private static Neo4jTies tieRepository;
    private static TieEditing ties;
    private static Map<String, Tie> tie;

    @BeforeAll
    static void handBuiltTies() {
        var graph = TestGraph.seeded();
        organisations = new Neo4jOrganisationEdits(graph);
        changes = new Neo4jChangeHistory(graph);
        tieRepository = new Neo4jTies(graph);
        // The queue only reads; nothing here fires a change event.
        ties = new TieEditing(tieRepository, null);
        for (String id : List.of(KEEPER, JOINER, INVITED)) {
            organisations.create(id, new OrganisationDraft(null, "Queue " + id, "COMMUNITY_GROUP", null, List.of(),
                    null, null, List.of(), List.of(), "PUBLIC"), "moderator");
        }
        // keeper records the network and speaks for itself (CONFIRMED); invited is named, so invited confirms.
        EditableGroup network = new Neo4jGroupEditRepository(graph).createNetwork("queue-network",
                new NetworkDraft(null, "Queue network", null, "INFORMAL",
                        List.of(new Partner(KEEPER, null), new Partner(INVITED, null))), KEEPER::equals, "member-keeper");
        Tie invited = network.ties().stream().filter(t -> t.from().equals(INVITED)).findFirst().orElseThrow();
        Tie membership = tieRepository.claim(new TieClaim("MEMBERSHIP", JOINER, "queue-network", null, null), "member-joiner");
        Tie collaboration = tieRepository.claim(new TieClaim("COLLABORATION", JOINER, KEEPER, null, null), "member-joiner");
        Tie keeperShares = tieRepository.claim(new TieClaim("SHARED_RESOURCE", KEEPER, RESOURCE, null, null), "member-keeper");
        Caller moderator = new Caller("moderator", Set.of(Caller.MODERATOR), Set.of());
        tieRepository.transition(keeperShares.id(), TieTransition.CONFIRM, moderator.viewer(), "moderator",
                EditPolicy.requireCanMove(moderator, TieTransition.CONFIRM));
        Tie joinerShares = tieRepository.claim(new TieClaim("SHARED_RESOURCE", JOINER, RESOURCE, null, null), "member-joiner");
        tie = Map.of("invited", invited, "membership", membership, "collaboration", collaboration,
                "joinerShares", joinerShares);
    }

    private static Caller memberOf(String organisation) {
        return new Caller("member-" + organisation, Set.of(Caller.MEMBER), Set.of(organisation));
    }

    /** The caller's queue as tie id to "may confirm". */
    private static Map<String, Boolean> queue(Caller caller) {
        return ties.queue(caller).stream().collect(Collectors.toMap(q -> q.tie().id(), TieEditing.Queued::confirmable));
    }

    @Test
    void eachKindOfTieNamesItsOtherSideInTheList() {
        Map<String, Set<String>> otherSides = tieRepository.liveTies(Set.of(JOINER, INVITED), false, 200).stream()
                .collect(Collectors.toMap(t -> t.tie().id(), t -> t.otherSide()));

        assertEquals(Set.of(KEEPER), otherSides.get(tie.get("membership").id()), "the network's confirmed member");
        assertEquals(Set.of(INVITED), otherSides.get(tie.get("invited").id()), "the network named it: it confirms");
        assertEquals(Set.of(KEEPER), otherSides.get(tie.get("collaboration").id()), "the organisation asked");
        Set<String> sharers = otherSides.get(tie.get("joinerShares").id());
        assertTrue(sharers.contains(KEEPER), "an organisation already sharing the resource: " + sharers);
        assertFalse(sharers.contains(JOINER), "a claim never confirms itself");
    }

    @Test
    void theOtherSideMayConfirmAndTheClaimantMayNot() {
        assertEquals(Boolean.TRUE, queue(memberOf(KEEPER)).get(tie.get("collaboration").id()));

        Map<String, Boolean> joiner = queue(memberOf(JOINER));
        assertEquals(Boolean.FALSE, joiner.get(tie.get("membership").id()));
        assertEquals(Boolean.FALSE, joiner.get(tie.get("collaboration").id()));
        assertEquals(Boolean.FALSE, joiner.get(tie.get("joinerShares").id()));

        Map<String, Boolean> invited = queue(memberOf(INVITED));
        assertEquals(Boolean.TRUE, invited.get(tie.get("invited").id()));
    }

    @Test
    void aModeratorMayConfirmEveryClaimInTheQueue() {
        var moderatorQueue = ties.queue(new Caller("moderator", Set.of(Caller.MODERATOR), Set.of()));
        for (String name : List.of("membership", "collaboration", "joinerShares", "invited")) {
            assertEquals(Boolean.TRUE, moderatorQueue.stream().filter(q -> q.tie().id().equals(tie.get(name).id()))
                    .findFirst().orElseThrow().confirmable(), name);
        }
    }
}
