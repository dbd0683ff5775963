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
import org.thirdsectoratlas.editing.infrastructure.graph.Neo4jEditRepository;
import org.thirdsectoratlas.security.domain.Caller;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

/** The write path on the real embedded Neo4j with the Leeds seed: versions, uniqueness, history, undo, ties. */
class Neo4jEditRepositoryTest {

    private static Neo4jEditRepository repository;

    @BeforeAll
    static void seed() {
        repository = new Neo4jEditRepository(TestGraph.seeded());
    }

    private static OrganisationDraft draft(String name, List<String> identifiers, List<String> communities) {
        return new OrganisationDraft(null, name, "COMMUNITY_GROUP", "A test group", identifiers,
                "https://example.org", "MICRO", communities, List.of(), "PUBLIC");
    }

    /** A move by a moderator, through the same permission the application asks. */
    private static Tie move(String tieId, TieTransition transition, String user) {
        Caller moderator = new Caller(user, Set.of(Caller.MODERATOR), Set.of());
        return repository.transition(tieId, transition, moderator.viewer(), user,
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
        EditableOrganisation created = repository.create("repo-test-create", draft("Repo Test Create",
                List.of("XI-ATLAS-repo-test-create"), List.of()), "member-leeds-gate");

        assertEquals(1, created.version());
        assertEquals("SELF_REPORTED", created.provenance().source());
        assertEquals("member-leeds-gate", created.recordedBy());
        assertEquals("\"v1\"", created.etag());
        Change change = repository.history("repo-test-create", 0, 10).items().get(0);
        assertEquals("CREATE", change.action());
        assertEquals("member-leeds-gate", change.by());
        assertTrue(change.before().isNull("repo-test-create"));
        assertEquals("Repo Test Create", change.after().getJsonObject("repo-test-create")
                .getJsonObject("properties").getString("name"));
    }

    @Test
    void aStaleVersionIsRefusedWithTheCurrentStateAndNothingIsWritten() {
        repository.create("repo-test-stale", draft("Repo Test Stale", List.of(), List.of()), "moderator");
        repository.update("repo-test-stale", 1, draft("Repo Test Stale Renamed", List.of(), List.of()), "moderator");
        var before = state("repo-test-stale");

        StaleVersionException stale = assertThrows(StaleVersionException.class, () -> repository.update(
                "repo-test-stale", 1, draft("Lost Update", List.of(), List.of()), "moderator"));

        assertEquals(2, ((EditableOrganisation) stale.current()).version());
        assertEquals("Repo Test Stale Renamed", ((EditableOrganisation) stale.current()).name());
        assertEquals(before, state("repo-test-stale"));
    }

    @Test
    void namesAndIdentifiersStayUnique() {
        var byName = assertThrows(EditConflictException.class, () -> repository.create("repo-test-gate-copy",
                draft("LEEDS gate", List.of(), List.of()), "moderator"));
        assertEquals("name", byName.field());
        var byIdentifier = assertThrows(EditConflictException.class, () -> repository.create("repo-test-val-copy",
                draft("Not VAL", List.of("GB-CHC-225863"), List.of()), "moderator"));
        assertEquals("identifiers", byIdentifier.field());
        var byId = assertThrows(EditConflictException.class, () -> repository.create("leeds-gate",
                draft("Another name", List.of(), List.of()), "moderator"));
        assertEquals("id", byId.field());
    }

    @Test
    void undoRestoresTheExactPriorStateOfASeededOrganisation() {
        var before = state("basis-yorkshire");
        EditableOrganisation current = repository.find("basis-yorkshire").orElseThrow();
        OrganisationDraft edit = new OrganisationDraft(null, "BASIS Yorkshire (edited)", "CHARITY", "Edited",
                List.of("XI-ATLAS-basis-test"), null, "SMALL", List.of("women-including-maternity"), List.of("leeds"), "PARTNERS");
        repository.update("basis-yorkshire", current.version(), edit, "member-basis");
        assertFalse(before.equals(state("basis-yorkshire")));

        Change change = repository.history("basis-yorkshire", 0, 1).items().get(0);
        Change undo = repository.undo(change.id(), "moderator");

        assertEquals("UNDO", undo.action());
        assertEquals(before, state("basis-yorkshire"));
        assertTrue(repository.change(change.id()).orElseThrow().undone());
        assertEquals(change.before(), undo.after());
    }

    @Test
    void onlyTheLatestChangeCanBeUndone() {
        repository.create("repo-test-undo-order", draft("Repo Test Undo Order", List.of(), List.of()), "moderator");
        repository.update("repo-test-undo-order", 1, draft("Repo Test Undo Order 2", List.of(), List.of()), "moderator");
        var changes = repository.history("repo-test-undo-order", 0, 10).items();
        String older = changes.get(1).id();

        assertThrows(EditConflictException.class, () -> repository.undo(older, "moderator"));
        repository.undo(changes.get(0).id(), "moderator");
        repository.undo(older, "moderator");
        assertTrue(repository.find("repo-test-undo-order").isEmpty(), "undoing the create removes it");
    }

    @Test
    void aTieGoesFromClaimedToConfirmedToWithdrawn() {
        Tie claimed = repository.claim(new TieClaim("COLLABORATION", "leeds-gate", "age-uk-leeds", "SERVICE",
                "PUBLIC"), "member-leeds-gate");
        assertEquals("CLAIMED", claimed.status());
        assertEquals(Set.of("age-uk-leeds"), repository.liveTies(Set.of("leeds-gate"), false, 200).stream()
                .filter(t -> t.tie().id().equals(claimed.id())).findFirst().orElseThrow().otherSide());
        assertThrows(EditConflictException.class, () -> repository.claim(new TieClaim("COLLABORATION",
                "age-uk-leeds", "leeds-gate", null, null), "moderator"), "already recorded, in either direction");

        Tie confirmed = move(claimed.id(), TieTransition.CONFIRM, "moderator");
        assertEquals("CONFIRMED", confirmed.status());
        assertEquals("moderator", confirmed.confirmedBy());

        Tie withdrawn = move(claimed.id(), TieTransition.WITHDRAW, "member-leeds-gate");
        assertEquals("WITHDRAWN", withdrawn.status());
        assertThrows(EditConflictException.class, () -> move(claimed.id(), TieTransition.CONFIRM, "moderator"));
        assertEquals("WITHDRAWN", repository.tie(claimed.id(), Viewer.PUBLIC).orElseThrow().status());
    }

    @Test
    void aClaimToAnUnknownOrganisationRecordsNeitherTieNorChange() {
        long changes = TestGraph.count("MATCH (c:Change) RETURN count(c)");

        var unknown = assertThrows(UnknownIdException.class, () -> repository.claim(new TieClaim("COLLABORATION",
                "leeds-gate", "no-such-organisation", null, null), "member-leeds-gate"));

        assertEquals("organisation", unknown.kind());
        assertEquals(changes, TestGraph.count("MATCH (c:Change) RETURN count(c)"));
        assertEquals(0, TestGraph.count("MATCH (:Organisation {id: 'leeds-gate'})-[r]-() "
                + "WHERE r.tieId CONTAINS 'no-such-organisation' RETURN count(r)"));
    }

    @Test
    void aPrivateTieIsVisibleOnlyToItsSidesAndModerators() {
        Tie tie = repository.claim(new TieClaim("COLLABORATION", "lassn", "yorkshire-mesmac", null, "PRIVATE"),
                "moderator");
        assertTrue(repository.tie(tie.id(), Viewer.PUBLIC).isEmpty());
        assertTrue(repository.tie(tie.id(), new Viewer(java.util.Set.of("leeds-gate"), false)).isEmpty());
        assertTrue(repository.tie(tie.id(), new Viewer(java.util.Set.of("lassn"), false)).isPresent());
        assertTrue(repository.tie(tie.id(), new Viewer(java.util.Set.of("yorkshire-mesmac"), false)).isPresent());
        assertTrue(repository.tie(tie.id(), new Viewer(java.util.Set.of(), true)).isPresent());
    }

    @Test
    void aMergeMovesTiesAndIdentifiersAndItsUndoPutsBothBack() {
        repository.create("repo-test-survivor", draft("Repo Test Survivor", List.of(), List.of()), "moderator");
        repository.create("repo-test-duplicate", draft("Repo Test Duplicate", List.of("XI-ATLAS-repo-dup"),
                List.of("women-including-maternity")), "moderator");
        var survivorBefore = state("repo-test-survivor");
        var duplicateBefore = state("repo-test-duplicate");

        EditableOrganisation merged = repository.merge("repo-test-survivor", "repo-test-duplicate", "moderator");

        assertEquals(List.of("XI-ATLAS-repo-dup"), merged.identifiers());
        assertEquals(List.of("women-including-maternity"), merged.communities());
        EditableOrganisation duplicate = repository.find("repo-test-duplicate").orElseThrow();
        assertTrue(duplicate.retired());
        assertEquals("repo-test-survivor", duplicate.mergedInto());
        assertEquals(List.of(), duplicate.communities());

        repository.undo(repository.history("repo-test-survivor", 0, 1).items().get(0).id(), "moderator");
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

        EditableOrganisation created = repository.create("repo-test-injection", hostile, "moderator");

        assertEquals(payload, created.name());
        assertEquals(payload, created.description());
        assertEquals(nodes + 1, TestGraph.count("MATCH (n) WHERE NOT n:Change AND NOT n:Snapshot "
                + "AND NOT n:ChangeCounter RETURN count(n)"));
        assertTrue(repository.find("leeds-gate").isPresent());
    }
}
