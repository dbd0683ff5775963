package org.thirdsectoratlas.generator.infrastructure.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.thirdsectoratlas.generator.application.EcosystemStore;
import org.thirdsectoratlas.generator.application.LoadStamp;
import org.thirdsectoratlas.generator.domain.GeneratedNode;
import org.thirdsectoratlas.generator.domain.GeneratedTie;
import org.thirdsectoratlas.platform.graph.Graph;

/**
 * Bulk writes through the application's {@link Graph}: one UNWIND per batch in one write transaction.
 * MERGE on id (an index seek thanks to the uniqueness constraints) makes a reload change nothing; a load
 * into a graph without the dataset CREATEs instead, which skips the look-ups.
 * <p>
 * Labels and types are written into the statement text, from a fixed allow-list of the graph model's
 * names only: a dynamic label ({@code MATCH (a:$($label) {id: ...})}) is planned as DynamicLabelNodeLookup,
 * a scan of the label, instead of NodeUniqueIndexSeek, and loaded size S at ~700 relationships/s.
 * Values are always parameters.
 */
public class Neo4jEcosystemStore implements EcosystemStore {

    static final Set<String> LABELS = Set.of("Organisation", "Network", "Consortium", "ConsortiumStructure",
            "Contract", "Resource", "Community", "Locality");
    static final Set<String> TYPES = Set.of("MEMBER_OF", "PARTNER_IN", "HAS_STRUCTURE", "DELIVERS",
            "COMMISSIONED_BY", "COLLABORATES_WITH", "SUPPORTED_BY", "SHARES", "SUPPORTS", "OPERATES_IN", "PART_OF",
            "FUNDS");

    /** %1$s: the label (from {@link #LABELS}). */
    static final String MERGE_NODES = """
            UNWIND $rows AS row
            MERGE (n:%1$s {id: row.id})
              ON CREATE SET n.recordedAt = $loadedAt
            SET n += row.props, n.source = 'GENERATED', n.dataset = $dataset, n.sourceRef = $sourceRef
            """;

    /** A fresh dataset: no MERGE look-up per node. %1$s: the label (from {@link #LABELS}). */
    static final String CREATE_NODES = """
            UNWIND $rows AS row
            CREATE (n:%1$s {id: row.id})
            SET n += row.props, n.recordedAt = $loadedAt, n.source = 'GENERATED', n.dataset = $dataset,
                n.sourceRef = $sourceRef
            """;

    /** A fresh dataset: no scan of the ends' existing relationships (hubs have thousands). */
    static final String CREATE_TIES = """
            UNWIND $rows AS row
            MATCH (a:%1$s {id: row.from})
            MATCH (b:%3$s {id: row.to})
            CREATE (a)-[r:%2$s]->(b)
            SET r += row.props, r.recordedAt = $loadedAt, r.source = 'GENERATED', r.dataset = $dataset,
                r.sourceRef = $sourceRef
            """;

    /** %1$s, %3$s: the end labels (from {@link #LABELS}); %2$s: the type (from {@link #TYPES}). */
    static final String MERGE_TIES = """
            UNWIND $rows AS row
            MATCH (a:%1$s {id: row.from})
            MATCH (b:%3$s {id: row.to})
            MERGE (a)-[r:%2$s]->(b)
              ON CREATE SET r.recordedAt = $loadedAt
            SET r += row.props, r.source = 'GENERATED', r.dataset = $dataset, r.sourceRef = $sourceRef
            """;

    static final String SOURCE_REF = """
            MATCH (n:%1$s {id: $id})
            RETURN n.sourceRef AS sourceRef
            """;

    static final String COUNT_TIES = """
            MATCH ()-[r]->()
            WHERE r.dataset = $dataset
            RETURN count(r) AS ties
            """;

    // A batch of nodes with their ties per transaction keeps transaction state small even at hubs.
    /** %1$s: the label (from {@link #LABELS}). */
    static final String DELETE_NODES = """
            MATCH (n:%1$s)
            WHERE n.dataset = $dataset
            WITH n LIMIT $batch
            DETACH DELETE n
            RETURN count(*) AS deleted
            """;

    static final int DELETE_BATCH = 2_000;

    private final Graph graph;

    public Neo4jEcosystemStore(Graph graph) {
        this.graph = graph;
    }

    @Override
    public void writeNodes(String label, List<GeneratedNode> nodes, LoadStamp stamp) {
        List<Map<String, Object>> rows = new ArrayList<>(nodes.size());
        for (GeneratedNode node : nodes) {
            rows.add(Map.of("id", node.id(), "props", node.properties()));
        }
        String cypher = (stamp.fresh() ? CREATE_NODES : MERGE_NODES).formatted(allowed(LABELS, label));
        graph.write(tx -> tx.run(cypher, Map.of("rows", rows, "loadedAt", stamp.loadedAt(),
                "dataset", stamp.dataset(), "sourceRef", stamp.sourceRef())).consume());
    }

    @Override
    public void writeTies(List<GeneratedTie> ties, LoadStamp stamp) {
        GeneratedTie first = ties.get(0);
        List<Map<String, Object>> rows = new ArrayList<>(ties.size());
        for (GeneratedTie tie : ties) {
            rows.add(Map.of("from", tie.fromId(), "to", tie.toId(), "props", tie.properties()));
        }
        String cypher = (stamp.fresh() ? CREATE_TIES : MERGE_TIES).formatted(allowed(LABELS, first.fromLabel()), allowed(TYPES, first.type()),
                allowed(LABELS, first.toLabel()));
        graph.write(tx -> tx.run(cypher, Map.of("rows", rows, "loadedAt", stamp.loadedAt(),
                "dataset", stamp.dataset(), "sourceRef", stamp.sourceRef())).consume());
    }

    @Override
    public Optional<String> sourceRefOf(String label, String id) {
        return graph.read(tx -> {
            var result = tx.run(SOURCE_REF.formatted(allowed(LABELS, label)), Map.of("id", id));
            return result.hasNext() ? Optional.ofNullable(result.single().get("sourceRef").asString(null))
                    : Optional.<String>empty();
        });
    }

    @Override
    public Removal remove(String dataset, List<String> labels) {
        long ties = graph.read(tx -> tx.run(COUNT_TIES, Map.of("dataset", dataset)).single().get("ties").asLong());
        long nodes = 0;
        for (String label : labels) {
            String cypher = DELETE_NODES.formatted(allowed(LABELS, label));
            long deleted;
            do {
                deleted = graph.write(tx -> tx.run(cypher, Map.of("dataset", dataset, "batch", DELETE_BATCH))
                        .single().get("deleted").asLong());
                nodes += deleted;
            } while (deleted > 0);
        }
        return new Removal(dataset, nodes, ties);
    }

    private static String allowed(Set<String> names, String name) {
        if (!names.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a label or type the generator writes");
        }
        return name;
    }
}
