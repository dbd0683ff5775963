package org.thirdsectoratlas.editing.infrastructure.graph;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Records every change as a (:Change) node with who, when, what, and the state before and after, and can put
 * the exact state back. Before a change it copies every property of the organisations (networks, consortia,
 * contracts) involved and of all
 * their relationships onto (:Snapshot) nodes (typed, so an undo restores dates as dates); relationships the
 * change creates are recognised at undo time as those not in the snapshot.
 *
 * Changes are numbered from one counter node; taking it also serialises writes, which is what keeps names
 * and identifiers unique between concurrent edits.
 */
final class ChangeLog {

    /** The nodes a change is about, keyed by id (unique across these labels): their snapshots make undo exact. */
    static final String SUBJECTS = "Organisation|Network|Consortium|Contract";

    static final String NEXT_SEQUENCE = """
            MERGE (k:ChangeCounter {id: 'changes'})
            SET k.next = coalesce(k.next, 0) + 1
            RETURN k.next AS sequence
            """;

    static final String BEGIN = """
            CREATE (c:Change {id: $id, sequence: $sequence, action: $action, by: $by, at: datetime(),
                              organisationIds: $organisationIds, createdOrganisations: []})
            WITH c
            OPTIONAL MATCH (o:%1$s) WHERE o.id IN $organisationIds
            CALL (c, o) {
              WITH c, o WHERE o IS NOT NULL
              CREATE (c)-[:STATE_BEFORE {element: 'node', elementId: elementId(o)}]->(s:Snapshot)
              SET s = properties(o)
            }
            WITH DISTINCT c
            OPTIONAL MATCH (o:%1$s)-[r]-() WHERE o.id IN $organisationIds
            WITH c, collect(DISTINCT r) AS relationships
            CALL (c, relationships) {
              UNWIND relationships AS r
              CREATE (c)-[:STATE_BEFORE {element: 'relationship', elementId: elementId(r)}]->(s:Snapshot)
              SET s = properties(r)
            }
            RETURN c.id AS id
            """.formatted(SUBJECTS);

    static final String STATE = """
            UNWIND $organisationIds AS oid
            OPTIONAL MATCH (o:%1$s {id: oid})
            RETURN oid AS id, properties(o) AS properties,
                   CASE WHEN o IS NULL THEN [] ELSE COLLECT {
                     MATCH (o)-[r]-(x)
                     RETURN {type: type(r), direction: CASE WHEN startNode(r) = o THEN 'out' ELSE 'in' END,
                             other: x.id, properties: properties(r)} AS tie
                     ORDER BY tie.type, tie.other, tie.direction
                   } END AS ties
            """.formatted(SUBJECTS);

    static final String FINISH = """
            MATCH (c:Change {id: $id})
            SET c.before = $before, c.after = $after, c.createdOrganisations = $created
            """;

    static final String RESTORE = """
            MATCH (c:Change {id: $id})-[b:STATE_BEFORE]->(s:Snapshot)
            CALL (b, s) {
              WITH b, s WHERE b.element = 'node'
              MATCH (n) WHERE elementId(n) = b.elementId
              SET n = properties(s)
            }
            CALL (b, s) {
              WITH b, s WHERE b.element = 'relationship'
              MATCH ()-[r]->() WHERE elementId(r) = b.elementId
              SET r = properties(s)
            }
            RETURN count(*) AS restored
            """;

    /** Relationships the change created are the ones its snapshot does not know. */
    static final String REMOVE_CREATED = """
            MATCH (c:Change {id: $id})
            WITH c, [(c)-[b:STATE_BEFORE {element: 'relationship'}]->() | b.elementId] AS known
            OPTIONAL MATCH (o:%1$s)-[r]-() WHERE o.id IN c.organisationIds AND NOT elementId(r) IN known
            WITH c, collect(DISTINCT r) AS created
            FOREACH (r IN created | DELETE r)
            WITH c
            OPTIONAL MATCH (o:%1$s) WHERE o.id IN c.createdOrganisations
            DETACH DELETE o
            """.formatted(SUBJECTS);

    static final String MARK_UNDONE = """
            MATCH (c:Change {id: $id})
            SET c.undone = true, c.undoneBy = $by, c.undoneAt = datetime(), c.undoneWith = $undo
            """;

    /** The latest change still in force for any of the organisations (undos are not themselves undone). */
    static final String LATEST = """
            MATCH (c:Change)
            WHERE any(i IN c.organisationIds WHERE i IN $organisationIds)
              AND c.undone IS NULL AND c.action <> 'UNDO'
            RETURN c.id AS id ORDER BY c.sequence DESC LIMIT 1
            """;

    private ChangeLog() {
    }

    /**
     * Takes the change counter: from here to the commit no other write runs, so checks made after this
     * (versions, unique names) still hold when the transaction commits. Returns the change's number.
     */
    static long lock(TransactionContext tx) {
        return tx.run(NEXT_SEQUENCE).single().get("sequence").asLong();
    }

    /** Snapshots the organisations and their relationships; returns the change id. */
    static String begin(TransactionContext tx, long sequence, String action, String by, List<String> organisationIds) {
        String id = "change-" + sequence;
        tx.run(BEGIN, Map.of("id", id, "sequence", sequence, "action", action, "by", by,
                "organisationIds", organisationIds)).consume();
        return id;
    }

    /** Writes the before/after JSON once the change is done. */
    static void finish(TransactionContext tx, String changeId, List<String> organisationIds, String before,
                       List<String> created) {
        tx.run(FINISH, Map.of("id", changeId, "before", before, "after", state(tx, organisationIds),
                "created", created)).consume();
    }

    /** Every property of the organisations and their relationships, as JSON text. */
    static String state(TransactionContext tx, List<String> organisationIds) {
        var builder = jakarta.json.Json.createObjectBuilder();
        tx.run(STATE, Map.of("organisationIds", organisationIds)).forEachRemaining(r -> {
            Value properties = r.get("properties");
            builder.add(r.get("id").asString(), properties.isNull() ? jakarta.json.JsonValue.NULL
                    : jakarta.json.Json.createObjectBuilder()
                            .add("properties", GraphJson.object(properties))
                            .add("ties", GraphJson.json(r.get("ties"))).build());
        });
        return builder.build().toString();
    }

    /**
     * Runs a write as one recorded change: snapshot and 'before' of the subjects, the write, then 'after'. A
     * failing write rolls the whole transaction back, change record included. Returns the change id.
     */
    static String recorded(TransactionContext tx, long sequence, String action, String user, List<String> subjectIds,
                           List<String> created, Runnable write) {
        String changeId = begin(tx, sequence, action, user, subjectIds);
        String before = state(tx, subjectIds);
        write.run();
        finish(tx, changeId, subjectIds, before, created);
        return changeId;
    }

    /** As {@link #recorded(TransactionContext, long, String, String, List, List, Runnable)}; returns what the write returns. */
    static <T> T recorded(TransactionContext tx, long sequence, String action, String user, List<String> subjectIds,
                          List<String> created, TransactionCallback<T> write) {
        String changeId = begin(tx, sequence, action, user, subjectIds);
        String before = state(tx, subjectIds);
        T result = write.execute(tx);
        finish(tx, changeId, subjectIds, before, created);
        return result;
    }

    static void restore(TransactionContext tx, String changeId) {
        tx.run(RESTORE, Map.of("id", changeId)).consume();
        tx.run(REMOVE_CREATED, Map.of("id", changeId)).consume();
    }
}
