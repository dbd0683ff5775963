package org.thirdsectoratlas.imports.infrastructure.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.thirdsectoratlas.imports.domain.ExistingNode;
import org.thirdsectoratlas.imports.domain.ExistingRelationship;
import org.thirdsectoratlas.imports.domain.ImportStore;
import org.thirdsectoratlas.imports.domain.ImportUndoConflict;
import org.thirdsectoratlas.imports.domain.Planner;
import org.thirdsectoratlas.imports.domain.WriteOp;
import org.thirdsectoratlas.platform.graph.Graph;

/**
 * Imports through the editing change log: an IMPORT (:Change) numbered from the same counter, with
 * STATE_BEFORE snapshots of every existing element it changes (the shape editing's undo restores). Everything
 * it creates carries importCreated = the import's id, so undo removes exactly that. Provenance on every
 * element: source IMPORTED and a sourceRef naming format, file, sheet, row, who and when.
 */
@ApplicationScoped
public class Neo4jImportStore implements ImportStore {

    /** Labels matching reads; ids are unique per label. */
    static final String EXISTING = """
            MATCH (n:Organisation|Network|Consortium|Resource|Community|Locality|Programme)
            WHERE n.retired IS NULL
            RETURN labels(n)[0] AS label, n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases,
                   coalesce(n.identifiers, []) AS identifiers, n.source = 'IMPORTED' AS imported,
                   CASE WHEN n.source = 'IMPORTED' THEN properties(n) ELSE {} END AS properties
            """;

    static final String NEXT_SEQUENCE = """
            MERGE (k:ChangeCounter {id: 'changes'})
            SET k.next = coalesce(k.next, 0) + 1
            RETURN k.next AS sequence
            """;

    /** The same snapshots editing's ChangeLog takes before a change: the subjects and all their relationships. */
    static final String BEGIN = """
            CREATE (c:Change {id: $id, sequence: $sequence, action: 'IMPORT', by: $by, at: datetime(),
                              organisationIds: $organisationIds, createdOrganisations: [], importId: $importId})
            WITH c
            OPTIONAL MATCH (o:Organisation) WHERE o.id IN $organisationIds
            CALL (c, o) {
              WITH c, o WHERE o IS NOT NULL
              CREATE (c)-[:STATE_BEFORE {element: 'node', elementId: elementId(o)}]->(s:Snapshot)
              SET s = properties(o)
            }
            WITH DISTINCT c
            OPTIONAL MATCH (o:Organisation)-[r]-() WHERE o.id IN $organisationIds
            WITH c, collect(DISTINCT r) AS relationships
            CALL (c, relationships) {
              UNWIND relationships AS r
              CREATE (c)-[:STATE_BEFORE {element: 'relationship', elementId: elementId(r)}]->(s:Snapshot)
              SET s = properties(r)
            }
            RETURN c.id AS id
            """;

    static final String FINISH = """
            MATCH (c:Change {id: $id})
            SET c.organisationIds = $organisationIds, c.createdOrganisations = $created
            """;

    static final String LATER = """
            MATCH (c:Change {id: $id})
            OPTIONAL MATCH (later:Change)
            WHERE later.sequence > c.sequence AND later.undone IS NULL AND later.action <> 'UNDO'
              AND any(i IN later.organisationIds WHERE i IN c.organisationIds)
            RETURN c.undone AS undone, count(later) AS later
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

    static final String REMOVE_RELATIONSHIPS = """
            MATCH ()-[r]->() WHERE r.importCreated = $importId
            DELETE r
            """;

    static final String REMOVE_NODES = """
            MATCH (n:Organisation|Network|Consortium|Resource|Community|Locality|Programme)
            WHERE n.importCreated = $importId
            DETACH DELETE n
            """;

    static final String MARK_UNDONE = """
            MATCH (c:Change {id: $id})
            CREATE (u:Change {id: $undoId, sequence: $sequence, action: 'UNDO', by: $by, at: datetime(),
                              organisationIds: c.organisationIds, createdOrganisations: [], importId: $importId})
            SET c.undone = true, c.undoneBy = $by, c.undoneAt = datetime(), c.undoneWith = $undoId
            """;

    /** Ties members can confirm or withdraw carry a tieId, as ties recorded through editing do. */
    private static final Set<String> TIES = Set.of("COLLABORATES_WITH", "MEMBER_OF", "SHARES", "PARTNER_IN");

    /** Probes per read transaction. */
    private static final int CHUNK = 5000;

    private Graph graph;

    protected Neo4jImportStore() {
        // for CDI proxies
    }

    @Inject
    public Neo4jImportStore(Graph graph) {
        this.graph = graph;
    }

    @Override
    public List<ExistingNode> existingNodes() {
        return graph.read(tx -> tx.run(EXISTING).list(r -> new ExistingNode(r.get("label").asString(),
                r.get("id").asString(), r.get("name").isNull() ? "" : r.get("name").asString(),
                r.get("aliases").asList(Value::asString), r.get("identifiers").asList(Value::asString),
                !r.get("imported").isNull() && r.get("imported").asBoolean(), r.get("properties").asMap())));
    }

    @Override
    public Map<Integer, ExistingRelationship> existingRelationships(List<Planner.RelationshipProbe> probes) {
        // One statement per pair of end labels, so that both ends are found by their id constraints.
        Map<String, List<Map<String, Object>>> byEnds = new LinkedHashMap<>();
        for (var p : probes) {
            Map<String, Object> row = new HashMap<>();
            row.put("i", p.index());
            row.put("type", p.type());
            row.put("from", p.fromId());
            row.put("to", p.toId());
            row.put("grantId", p.grantId());
            byEnds.computeIfAbsent(ImportStatements.findRelationships(p.fromLabel(), p.toLabel()),
                    k -> new ArrayList<>()).add(row);
        }
        Map<Integer, ExistingRelationship> found = new HashMap<>();
        for (var entry : byEnds.entrySet()) {
            List<Map<String, Object>> rows = entry.getValue();
            for (int start = 0; start < rows.size(); start += CHUNK) {
                var chunk = rows.subList(start, Math.min(rows.size(), start + CHUNK));
                graph.read(tx -> {
                    tx.run(entry.getKey(), Map.of("rows", chunk)).forEachRemaining(r -> found.put(r.get("i").asInt(),
                            new ExistingRelationship(r.get("element").asString(),
                                    !r.get("imported").isNull() && r.get("imported").asBoolean(),
                                    r.get("props").asMap())));
                    return null;
                });
            }
        }
        return found;
    }

    @Override
    public String begin(String importId, String user, Set<String> touchedOrganisations) {
        return graph.write(tx -> {
            long sequence = tx.run(NEXT_SEQUENCE).single().get("sequence").asLong();
            return tx.run(BEGIN, Map.of("id", "change-" + sequence, "sequence", sequence, "by", user,
                    "organisationIds", List.copyOf(touchedOrganisations), "importId", importId))
                    .single().get("id").asString();
        });
    }

    @Override
    public void write(String importId, String changeId, String user, List<WriteOp> batch) {
        // Rows grouped by statement, in the batch's order of first appearance (nodes come before relationships).
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (WriteOp op : batch) {
            Map<String, Object> row = new HashMap<>();
            row.put("props", op.properties());
            row.put("sourceRef", op.sourceRef());
            String cypher = switch (op.kind()) {
                case CREATE_NODE -> {
                    row.put("id", op.id());
                    yield ImportStatements.createNodes(op.label());
                }
                case UPDATE_NODE -> {
                    row.put("id", op.id());
                    yield ImportStatements.updateNodes(op.label());
                }
                case CREATE_RELATIONSHIP -> {
                    row.put("type", op.type());
                    row.put("from", op.fromId());
                    row.put("to", op.toId());
                    row.put("tieId", TIES.contains(op.type()) ? "tie-" + UUID.randomUUID() : null);
                    yield ImportStatements.createRelationships(op.fromLabel(), op.toLabel());
                }
                case UPDATE_RELATIONSHIP -> {
                    row.put("element", op.elementId());
                    yield ImportStatements.UPDATE_RELATIONSHIPS;
                }
            };
            rows.computeIfAbsent(cypher, k -> new ArrayList<>()).add(row);
        }
        graph.write(tx -> {
            for (var entry : rows.entrySet()) {
                tx.run(entry.getKey(), Map.of("rows", entry.getValue(), "by", user, "importId", importId,
                        "changeId", changeId)).consume();
            }
            return null;
        });
    }

    @Override
    public void finish(String changeId, List<String> createdOrganisations, Set<String> touchedOrganisations) {
        List<String> all = new ArrayList<>(touchedOrganisations);
        all.addAll(createdOrganisations);
        graph.write(tx -> tx.run(FINISH, Map.of("id", changeId, "organisationIds", all,
                "created", createdOrganisations)).consume());
    }

    @Override
    public String undo(String importId, String changeId, String user) {
        return graph.write(tx -> {
            long sequence = tx.run(NEXT_SEQUENCE).single().get("sequence").asLong();
            var state = tx.run(LATER, Map.of("id", changeId)).single();
            if (!state.get("undone").isNull()) {
                throw new ImportUndoConflict("This import is already undone.");
            }
            if (state.get("later").asLong() > 0) {
                throw new ImportUndoConflict("Later changes to the organisations this import touched are still in "
                        + "force; undo them first (newest first).");
            }
            return undo(tx, importId, changeId, user, sequence);
        });
    }

    private static String undo(TransactionContext tx, String importId, String changeId, String user, long sequence) {
        tx.run(RESTORE, Map.of("id", changeId)).consume();
        tx.run(REMOVE_RELATIONSHIPS, Map.of("importId", importId)).consume();
        tx.run(REMOVE_NODES, Map.of("importId", importId)).consume();
        String undoId = "change-" + sequence;
        tx.run(MARK_UNDONE, Map.of("id", changeId, "undoId", undoId, "sequence", sequence, "by", user,
                "importId", importId)).consume();
        return undoId;
    }
}
