package org.thirdsectoratlas.seed.infrastructure;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.neo4j.driver.TransactionContext;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.seed.application.SeedReport;
import org.thirdsectoratlas.seed.application.SeedStore;
import org.thirdsectoratlas.seed.domain.SeedDataset;
import org.thirdsectoratlas.seed.domain.SeedManifest;
import org.thirdsectoratlas.seed.domain.SeedNode;
import org.thirdsectoratlas.seed.domain.SeedRelationship;

/**
 * Writes a seed with MERGE on stable ids, so loading twice changes nothing. Seed-owned elements carry
 * source RESEARCH, their dataset and seedVersion; a newer version updates them, removes the research
 * facts it no longer states, and leaves everything users recorded alone.
 */
public class Neo4jSeedStore implements SeedStore {

    static final String INSTALLED_VERSION = """
            MATCH (v:SeedVersion {dataset: $dataset})
            RETURN v.version AS version
            """;

    // seedKeys remembers which properties the seed wrote, so a property dropped from the seed is removed
    // without touching properties users added to the same node.
    static final String MERGE_NODES = """
            UNWIND $rows AS row
            MERGE (n:$($label) {id: row.id})
              ON CREATE SET n.recordedAt = $loadedAt
            FOREACH (gone IN [k IN coalesce(n.seedKeys, []) WHERE NOT k IN row.keys] | SET n[gone] = null)
            SET n += row.props,
                n.seedKeys = row.keys,
                n.source = 'RESEARCH',
                n.sourceRef = $sourceRef,
                n.dataset = $dataset,
                n.seedVersion = $version,
                n.lastConfirmed = $publishedOn
            REMOVE n.retired, n.retiredAt
            """;

    static final String MERGE_RELATIONSHIPS = """
            UNWIND $rows AS row
            MATCH (a:$($fromLabel) {id: row.from})
            MATCH (b:$($toLabel) {id: row.to})
            MERGE (a)-[r:$($type)]->(b)
              ON CREATE SET r.recordedAt = $loadedAt
            FOREACH (gone IN [k IN coalesce(r.seedKeys, []) WHERE NOT k IN row.keys] | SET r[gone] = null)
            SET r += row.props,
                r.seedKeys = row.keys,
                r.source = 'RESEARCH',
                r.sourceRef = $sourceRef,
                r.dataset = $dataset,
                r.seedVersion = $version,
                r.lastConfirmed = $publishedOn,
                r.status = 'CONFIRMED'
            """;

    static final String REMOVE_STALE_RELATIONSHIPS = """
            MATCH ()-[r]->()
            WHERE r.dataset = $dataset AND r.source = 'RESEARCH' AND r.seedVersion < $version
            DELETE r
            RETURN count(*) AS removed
            """;

    // A research node the seed no longer names is deleted when nothing else points at it, and retired
    // (kept, flagged) when users have linked to it: their facts are never lost.
    static final String DELETE_STALE_NODES = """
            MATCH (n)
            WHERE n.dataset = $dataset AND n.source = 'RESEARCH' AND n.seedVersion < $version
              AND NOT (n)--()
            DELETE n
            """;

    static final String RETIRE_STALE_NODES = """
            MATCH (n)
            WHERE n.dataset = $dataset AND n.source = 'RESEARCH' AND n.seedVersion < $version
            SET n.retired = true, n.retiredAt = $loadedAt
            RETURN count(n) AS retired
            """;

    static final String MARK_VERSION = """
            MERGE (v:SeedVersion {dataset: $dataset})
            SET v.version = $version, v.loadedAt = $loadedAt, v.sourceRef = $sourceRef
            """;

    private final Graph graph;

    public Neo4jSeedStore(Graph graph) {
        this.graph = graph;
    }

    @Override
    public void applySchema(Iterable<String> statements) {
        statements.forEach(graph::runAutoCommit);
    }

    @Override
    public OptionalInt installedVersion(String dataset) {
        return graph.read(tx -> {
            var result = tx.run(INSTALLED_VERSION, Map.of("dataset", dataset));
            return result.hasNext() ? OptionalInt.of(result.single().get("version").asInt()) : OptionalInt.empty();
        });
    }

    @Override
    public SeedReport write(SeedDataset dataset) {
        SeedManifest manifest = dataset.manifest();
        Map<String, Object> common = Map.of(
                "dataset", manifest.dataset(),
                "version", manifest.version(),
                "sourceRef", manifest.sourceRef(),
                "publishedOn", manifest.publishedOn(),
                "loadedAt", ZonedDateTime.now());
        return graph.write(tx -> {
            groupNodes(dataset.nodes()).forEach((label, rows) ->
                    run(tx, MERGE_NODES, common, Map.of("label", label, "rows", rows)));
            groupRelationships(dataset.relationships()).forEach((key, rows) ->
                    run(tx, MERGE_RELATIONSHIPS, common, Map.of(
                            "type", key.type(), "fromLabel", key.fromLabel(), "toLabel", key.toLabel(),
                            "rows", rows)));
            int removed = count(run(tx, REMOVE_STALE_RELATIONSHIPS, common, Map.of()), "removed");
            run(tx, DELETE_STALE_NODES, common, Map.of());
            int retired = count(run(tx, RETIRE_STALE_NODES, common, Map.of()), "retired");
            run(tx, MARK_VERSION, common, Map.of());
            return new SeedReport(manifest.dataset(), manifest.version(), true, dataset.nodes().size(),
                    dataset.relationships().size(), removed, retired);
        });
    }

    /** Runs one statement and returns its first record as a map (empty when it returns nothing). */
    private static Map<String, Object> run(TransactionContext tx, String cypher, Map<String, Object> common,
                                           Map<String, Object> specific) {
        Map<String, Object> params = new HashMap<>(common);
        params.putAll(specific);
        var records = tx.run(cypher, params).list();
        return records.isEmpty() ? Map.of() : records.get(0).asMap();
    }

    private static int count(Map<String, Object> record, String key) {
        return ((Number) record.get(key)).intValue();
    }

    private static Map<String, List<Map<String, Object>>> groupNodes(List<SeedNode> nodes) {
        Map<String, List<Map<String, Object>>> byLabel = new LinkedHashMap<>();
        for (SeedNode node : nodes) {
            Map<String, Object> props = new LinkedHashMap<>(node.properties());
            byLabel.computeIfAbsent(node.label(), l -> new ArrayList<>())
                    .add(Map.of("id", node.id(), "props", props, "keys", List.copyOf(props.keySet())));
        }
        return byLabel;
    }

    private record RelationshipKind(String type, String fromLabel, String toLabel) {
    }

    private static Map<RelationshipKind, List<Map<String, Object>>> groupRelationships(
            List<SeedRelationship> relationships) {
        Map<RelationshipKind, List<Map<String, Object>>> byKind = new LinkedHashMap<>();
        for (SeedRelationship rel : relationships) {
            Map<String, Object> props = new LinkedHashMap<>(rel.properties());
            byKind.computeIfAbsent(new RelationshipKind(rel.type(), rel.fromLabel(), rel.toLabel()),
                            k -> new ArrayList<>())
                    .add(Map.of("from", rel.fromId(), "to", rel.toId(), "props", props,
                            "keys", List.copyOf(props.keySet())));
        }
        return byKind;
    }
}
