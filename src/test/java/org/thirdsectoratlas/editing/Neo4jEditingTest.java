package org.thirdsectoratlas.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.editing.application.EditPolicy;
import org.thirdsectoratlas.editing.domain.Change;
import org.thirdsectoratlas.editing.domain.EditConflictException;
import org.thirdsectoratlas.editing.domain.EditableOrganisation;
import org.thirdsectoratlas.editing.domain.OrganisationDraft;
import org.thirdsectoratlas.editing.domain.StaleVersionException;
import org.thirdsectoratlas.editing.domain.Tie;
import org.thirdsectoratlas.editing.domain.TieClaim;
import org.thirdsectoratlas.editing.domain.TieTransition;
import org.thirdsectoratlas.editing.infrastructure.graph.Neo4jChangeHistory;
import org.thirdsectoratlas.editing.infrastructure.graph.Neo4jOrganisationEdits;
import org.thirdsectoratlas.editing.infrastructure.graph.Neo4jTies;
import org.thirdsectoratlas.security.domain.Caller;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

/**
 * The write path on the real embedded Neo4j with the Leeds seed: organisation edits (versions, uniqueness),
 * their history and undo, and ties.
 */
class Neo4jEditingTest {

    private static Neo4jOrganisationEdits organisations;
    private static Neo4jChangeHistory changes;
    private static Neo4jTies tieRepository;

    @BeforeAll
    static void seed() {
        var graph = TestGraph.seeded();
        organisations = new Neo4jOrganisationEdits(graph);
        changes = new Neo4jChangeHistory(graph);
        tieRepository = new Neo4jTies(graph);
    }

    private static OrganisationDraft draft(String name, List<String> identifiers, List<String> communities) {
        return new OrganisationDraft(null, name, "COMMUNITY_GROUP", "A test group", identifiers,
                "https://example.org", "MICRO", communities, List.of(), "PUBLIC");
    }

    /** A move by a moderator, through the same permission the application asks. */
    private static Tie move(String tieId, TieTransition transition, String user) {
        Caller moderator = new Caller(user, Set.of(Caller.MODERATOR), Set.of());
        return tieRepository.transition(tieId, transition, moderator.viewer(), user,
                EditPolicy.requireCanMove(moderator, transition));
    }

    /** Every property of the organisation and of its relationships, as the change log sees it. */
    private static List<Object> state(String id) {
        return TestGraph.graph().read(tx -> {
            var record = tx.run("""
                    MATCH (o:Organisation {id: $id})
                    RETURN properties(o) AS node, COLLECT {
                      MATCH (o)-[r]-(x) RETURN [type(r), x.id, properties(r)] AS tie
                      ORDER BY type(r), x.id, elementId(r) } AS ties
                    """, Map.of("id", id)).single();
            return List.of(record.get("node").asMap(), record.get("ties").asList(v -> v.asList()));
        });
    }

    @Test
    void createsAnOrganisationWithProvenanceAndVersionOne() {
        EditableOrganisation created = organisations.create("repo-test-create", draft("Repo Test Create",
                List.of("XI-ATLAS-repo-test-create"), List.of()), "member-leeds-gate");

        assertEquals(1, created.version());
        assertEquals("SELF_REPORTED", created.provenance().source());
        assertEquals("member-leeds-gate", created.recordedBy());
        assertEquals("\"v1\"", created.etag());
        Change change = changes.history("repo-test-create", 0, 10).items().get(0);
        assertEquals("CREATE", change.action());
        assertEquals("member-leeds-gate", change.by());
        assertTrue(change.before().isNull("repo-test-create"));
        assertEquals("Repo Test Create", change.after().getJsonObject("repo-test-create")
                .getJsonObject("properties").getString("name"));
    }

    @Test
    void aStaleVersionIsRefusedWithTheCurrentStateAndNothingIsWritten() {
        organisations.create("repo-test-stale", draft("Repo Test Stale", List.of(), List.of()), "moderator");
        organisations.update("repo-test-stale", 1, draft("Repo Test Stale Renamed", List.of(), List.of()), "moderator");
        var before = state("repo-test-stale");

        StaleVersionException stale = assertThrows(StaleVersionException.class, () -> organisations.update(
                "repo-test-stale", 1, draft("Lost Update", List.of(), List.of()), "moderator"));

        assertEquals(2, ((EditableOrganisation) stale.current()).version());
        assertEquals("Repo Test Stale Renamed", ((EditableOrganisation) stale.current()).name());
        assertEquals(before, state("repo-test-stale"));
    }

    @Test
    void namesAndIdentifiersStayUnique() {
        var byName = assertThrows(EditConflictException.class, () -> organisations.create("repo-test-gate-copy",
                draft("LEEDS gate", List.of(), List.of()), "moderator"));
        assertEquals("name", byName.field());
        var byIdentifier = assertThrows(EditConflictException.class, () -> organisations.create("repo-test-val-copy",
                draft("Not VAL", List.of("GB-CHC-225863"), List.of()), "moderator"));
        assertEquals("identifiers", byIdentifier.field());
        var byId = assertThrows(EditConflictException.class, () -> organisations.create("leeds-gate",
                draft("Another name", List.of(), List.of()), "moderator"));
        assertEquals("id", byId.field());
    }

    @Test
    void undoRestoresTheExactPriorStateOfASeededOrganisation() {
        var before = state("basis-yorkshire");
        EditableOrganisation current = organisations.find("basis-yorkshire").orElseThrow();
        OrganisationDraft edit = new OrganisationDraft(null, "BASIS Yorkshire (edited)", "CHARITY", "Edited",
                List.of("XI-ATLAS-basis-test"), null, "SMALL", List.of("women-including-maternity"), List.of("leeds"), "PARTNERS");
        organisations.update("basis-yorkshire", current.version(), edit, "member-basis");
        assertFalse(before.equals(state("basis-yorkshire")));

        Change change = changes.history("basis-yorkshire", 0, 1).items().get(0);
        Change undo = changes.undo(change.id(), "moderator");

        assertEquals("UNDO", undo.action());
        assertEquals(before, state("basis-yorkshire"));
        assertTrue(changes.change(change.id()).orElseThrow().undone());
        assertEquals(change.before(), undo.after());
    }

    @Test
    void onlyTheLatestChangeCanBeUndone() {
        organisations.create("repo-test-undo-order", draft("Repo Test Undo Order", List.of(), List.of()), "moderator");
        organisations.update("repo-test-undo-order", 1, draft("Repo Test Undo Order 2", List.of(), List.of()), "moderator");
        var recorded = changes.history("repo-test-undo-order", 0, 10).items();
        String older = recorded.get(1).id();

        assertThrows(EditConflictException.class, () -> changes.undo(older, "moderator"));
        changes.undo(recorded.get(0).id(), "moderator");
        changes.undo(older, "moderator");
        assertTrue(organisations.find("repo-test-undo-order").isEmpty(), "undoing the create removes it");
    }

    @Test
    void aTieGoesFromClaimedToConfirmedToWithdrawn() {
        Tie claimed = tieRepository.claim(new TieClaim("COLLABORATION", "leeds-gate", "age-uk-leeds", "SERVICE",
                "PUBLIC"), "member-leeds-gate");
        assertEquals("CLAIMED", claimed.status());
        assertEquals(Set.of("age-uk-leeds"), tieRepository.liveTies(Set.of("leeds-gate"), false, 200).stream()
                .filter(t -> t.tie().id().equals(claimed.id())).findFirst().orElseThrow().otherSide());
        assertThrows(EditConflictException.class, () -> tieRepository.claim(new TieClaim("COLLABORATION",
                "age-uk-leeds", "leeds-gate", null, null), "moderator"), "already recorded, in either direction");

        Tie confirmed = move(claimed.id(), TieTransition.CONFIRM, "moderator");
        assertEquals("CONFIRMED", confirmed.status());
        assertEquals("moderator", confirmed.confirmedBy());

        Tie withdrawn = move(claimed.id(), TieTransition.WITHDRAW, "member-leeds-gate");
        assertEquals("WITHDRAWN", withdrawn.status());
        assertThrows(EditConflictException.class, () -> move(claimed.id(), TieTransition.CONFIRM, "moderator"));
        assertEquals("WITHDRAWN", tieRepository.tie(claimed.id(), Viewer.PUBLIC).orElseThrow().status());
    }

    @Test
    void aClaimToAnUnknownOrganisationRecordsNeitherTieNorChange() {
        long changes = TestGraph.count("MATCH (c:Change) RETURN count(c)");

        var unknown = assertThrows(UnknownIdException.class, () -> tieRepository.claim(new TieClaim("COLLABORATION",
                "leeds-gate", "no-such-organisation", null, null), "member-leeds-gate"));

        assertEquals("organisation", unknown.kind());
        assertEquals(changes, TestGraph.count("MATCH (c:Change) RETURN count(c)"));
        assertEquals(0, TestGraph.count("MATCH (:Organisation {id: 'leeds-gate'})-[r]-() "
                + "WHERE r.tieId CONTAINS 'no-such-organisation' RETURN count(r)"));
    }

    @Test
    void aPrivateTieIsVisibleOnlyToItsSidesAndModerators() {
        Tie tie = tieRepository.claim(new TieClaim("COLLABORATION", "lassn", "yorkshire-mesmac", null, "PRIVATE"),
                "moderator");
        assertTrue(tieRepository.tie(tie.id(), Viewer.PUBLIC).isEmpty());
        assertTrue(tieRepository.tie(tie.id(), new Viewer(java.util.Set.of("leeds-gate"), false)).isEmpty());
        assertTrue(tieRepository.tie(tie.id(), new Viewer(java.util.Set.of("lassn"), false)).isPresent());
        assertTrue(tieRepository.tie(tie.id(), new Viewer(java.util.Set.of("yorkshire-mesmac"), false)).isPresent());
        assertTrue(tieRepository.tie(tie.id(), new Viewer(java.util.Set.of(), true)).isPresent());
    }

    @Test
    void aMergeMovesTiesAndIdentifiersAndItsUndoPutsBothBack() {
        organisations.create("repo-test-survivor", draft("Repo Test Survivor", List.of(), List.of()), "moderator");
        organisations.create("repo-test-duplicate", draft("Repo Test Duplicate", List.of("XI-ATLAS-repo-dup"),
                List.of("women-including-maternity")), "moderator");
        var survivorBefore = state("repo-test-survivor");
        var duplicateBefore = state("repo-test-duplicate");

        EditableOrganisation merged = organisations.merge("repo-test-survivor", "repo-test-duplicate", "moderator");

        assertEquals(List.of("XI-ATLAS-repo-dup"), merged.identifiers());
        assertEquals(List.of("women-including-maternity"), merged.communities());
        EditableOrganisation duplicate = organisations.find("repo-test-duplicate").orElseThrow();
        assertTrue(duplicate.retired());
        assertEquals("repo-test-survivor", duplicate.mergedInto());
        assertEquals(List.of(), duplicate.communities());

        changes.undo(changes.history("repo-test-survivor", 0, 1).items().get(0).id(), "moderator");
        assertEquals(survivorBefore, state("repo-test-survivor"));
        assertEquals(duplicateBefore, state("repo-test-duplicate"));
    }

    @Test
    void cypherInjectionInEveryStringIsStoredAsDataAndChangesNothingElse() {
        String payload = "x' }) MATCH (n) DETACH DELETE n //\"; CALL db.clearQueryCaches() //";
        long nodes = TestGraph.count("MATCH (n) WHERE NOT n:Change AND NOT n:Snapshot AND NOT n:ChangeCounter "
                + "RETURN count(n)");
        OrganisationDraft hostile = new OrganisationDraft(null, payload, "CHARITY", payload, List.of(),
                null, null, List.of(), List.of(), null);

        EditableOrganisation created = organisations.create("repo-test-injection", hostile, "moderator");

        assertEquals(payload, created.name());
        assertEquals(payload, created.description());
        assertEquals(nodes + 1, TestGraph.count("MATCH (n) WHERE NOT n:Change AND NOT n:Snapshot "
                + "AND NOT n:ChangeCounter RETURN count(n)"));
        assertTrue(organisations.find("leeds-gate").isPresent());
    }
}
