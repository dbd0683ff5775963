package org.thirdsectoratlas.imports.infrastructure.graph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.thirdsectoratlas.imports.domain.ImportableLabels;

/**
 * The import's writes and look-ups, one statement per label (and per pair of labels for relationships). A
 * label written into Cypher as {@code $(row.label)} is not planned with the label's id constraint, so every
 * row scanned the label; with the label in the text each row is one unique-index seek. The labels come only
 * from {@link ImportableLabels} (the labels with an id constraint in graph-seed/schema), never from the file:
 * a label outside it is refused before any statement is built. The hints say SEEK: on a young database the
 * planner otherwise may meet a plain index hint by scanning the whole index and joining on the id.
 */
final class ImportStatements {

    private static final Map<String, String> CREATE_NODES = new ConcurrentHashMap<>();
    private static final Map<String, String> UPDATE_NODES = new ConcurrentHashMap<>();
    private static final Map<String, String> CREATE_RELATIONSHIPS = new ConcurrentHashMap<>();
    private static final Map<String, String> FIND_RELATIONSHIPS = new ConcurrentHashMap<>();

    private ImportStatements() {
    }

    /** A label the store can write, or an IllegalArgumentException naming none of the file's text. */
    static String known(String label) {
        if (!ImportableLabels.contains(label)) {
            throw new IllegalArgumentException("not a label with an id constraint");
        }
        return label;
    }

    static String createNodes(String label) {
        return CREATE_NODES.computeIfAbsent(known(label), l -> """
                UNWIND $rows AS row
                CREATE (n:%s {id: row.id})
                SET n += row.props, n.source = 'IMPORTED', n.sourceRef = row.sourceRef, n.lastConfirmed = date(),
                    n.recordedBy = $by, n.recordedAt = datetime(), n.importId = $importId, n.importCreated = $importId
                """.formatted(l) + (l.equals("Organisation") ? "SET n.status = 'ACTIVE', n.version = 1\n" : ""));
    }

    static String updateNodes(String label) {
        return UPDATE_NODES.computeIfAbsent(known(label), l -> """
                MATCH (c:Change {id: $changeId})
                UNWIND $rows AS row
                MATCH (n:%1$s {id: row.id}) USING INDEX SEEK n:%1$s(id)
                CALL (c, n) {
                  WITH c, n WHERE NOT EXISTS { (c)-[:STATE_BEFORE {elementId: elementId(n)}]->() }
                  CREATE (c)-[:STATE_BEFORE {element: 'node', elementId: elementId(n)}]->(s:Snapshot)
                  SET s = properties(n)
                }
                SET n += row.props, n.sourceRef = row.sourceRef, n.lastConfirmed = date(), n.importId = $importId,
                    n.version = coalesce(n.version, 0) + 1
                """.formatted(l));
    }

    /**
     * The relationship's type stays a parameter: it names no index, and CREATE needs no look-up for it. The hints
     * keep the planner from scanning a label's id index for each row when the graph is small.
     */
    static String createRelationships(String fromLabel, String toLabel) {
        return CREATE_RELATIONSHIPS.computeIfAbsent(known(fromLabel) + ">" + known(toLabel), k -> """
                UNWIND $rows AS row
                MATCH (a:%1$s {id: row.from}) USING INDEX SEEK a:%1$s(id)
                MATCH (b:%2$s {id: row.to}) USING INDEX SEEK b:%2$s(id)
                CREATE (a)-[r:$(row.type)]->(b)
                SET r += row.props, r.status = coalesce(row.props.status, 'CONFIRMED'), r.source = 'IMPORTED',
                    r.sourceRef = row.sourceRef, r.lastConfirmed = date(), r.recordedBy = $by,
                    r.recordedAt = datetime(), r.importId = $importId, r.importCreated = $importId, r.tieId = row.tieId
                """.formatted(fromLabel, toLabel));
    }

    static String findRelationships(String fromLabel, String toLabel) {
        return FIND_RELATIONSHIPS.computeIfAbsent(known(fromLabel) + ">" + known(toLabel), k -> """
                UNWIND $rows AS row
                MATCH (a:%1$s {id: row.from}) USING INDEX SEEK a:%1$s(id)
                MATCH (b:%2$s {id: row.to}) USING INDEX SEEK b:%2$s(id)
                MATCH (a)-[r:$(row.type)]->(b)
                WHERE row.grantId IS NULL OR r.grantId = row.grantId
                WITH row, r ORDER BY elementId(r)
                WITH row, collect(r)[0] AS r
                RETURN row.i AS i, elementId(r) AS element, r.source = 'IMPORTED' AS imported, properties(r) AS props
                """.formatted(fromLabel, toLabel));
    }

    /** Updates address the relationship by element id: a direct seek, no label needed. */
    static final String UPDATE_RELATIONSHIPS = """
            MATCH (c:Change {id: $changeId})
            UNWIND $rows AS row
            MATCH ()-[r]->() WHERE elementId(r) = row.element
            CALL (c, r) {
              WITH c, r WHERE NOT EXISTS { (c)-[:STATE_BEFORE {elementId: elementId(r)}]->() }
              CREATE (c)-[:STATE_BEFORE {element: 'relationship', elementId: elementId(r)}]->(s:Snapshot)
              SET s = properties(r)
            }
            SET r += row.props, r.sourceRef = row.sourceRef, r.lastConfirmed = date(), r.importId = $importId
            """;
}
