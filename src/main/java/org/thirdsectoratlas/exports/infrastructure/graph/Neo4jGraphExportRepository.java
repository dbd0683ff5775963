package org.thirdsectoratlas.exports.infrastructure.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.thirdsectoratlas.exports.domain.ExportEdge;
import org.thirdsectoratlas.exports.domain.ExportNode;
import org.thirdsectoratlas.exports.domain.GraphExportRepository;
import org.thirdsectoratlas.exports.domain.GraphSelection;
import org.thirdsectoratlas.exports.domain.GraphSink;
import org.thirdsectoratlas.exports.domain.SeedManifestText;
import org.thirdsectoratlas.exports.domain.TableSink;
import org.thirdsectoratlas.map.domain.MapFilter;
import org.thirdsectoratlas.map.infrastructure.graph.MapQueryParts;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;

/**
 * Reads the graph for an export with the network map's filters (MapQueryParts) and the privacy rule, and hands
 * each record to the sink as the driver delivers it: nothing is collected, so the size of the export does not
 * decide the heap. One long read transaction per export (Graph.readLong), run once: a retry after bytes have
 * gone out would repeat them, so a failure ends the export instead.
 */
@ApplicationScoped
public class Neo4jGraphExportRepository implements GraphExportRepository {

    /** The map's nodes that the selection keeps, for a variable v (focus ids worked out before). */
    static String core(String v) {
        return "((" + v + ":Organisation OR " + v + ":Network OR " + v + ":Consortium)"
                + " AND ($focusIds IS NULL OR " + v + ".id IN $focusIds)"
                + " AND (" + v + ".id = $focus OR " + MapQueryParts.nodeFilter(v) + "))";
    }

    private static final String NODE_TYPE = """
            CASE WHEN n:Organisation THEN 'ORGANISATION' WHEN n:Network THEN 'NETWORK' ELSE 'CONSORTIUM' END""";

    /** A relationship r from a to b that the export keeps, whatever its type: not withdrawn, visible. */
    private static final String KEPT = """
            coalesce(r.status, 'CONFIRMED') <> 'WITHDRAWN' AND (NOT $confirmedOnly OR r.status = 'CONFIRMED')
            AND VISIBLE(r, a, b)""";

    static final String GRAPH_NODES = VisibilityRule.expand("""
            CALL () {
              MATCH (n:Organisation) RETURN n
              UNION ALL MATCH (n:Network) RETURN n
              UNION ALL MATCH (n:Consortium) RETURN n
            }
            WITH n WHERE %s
            RETURN n.id AS id, n.name AS label, %s AS type, n.kind AS kind,
                   CASE WHEN n:Consortium THEN 'FORMAL' ELSE n.formality END AS formality,
                   n.status AS status, n.sizeBand AS sizeBand, n.description AS description, n.identifiers AS identifiers,
                   COLLECT { MATCH (n)-[t:SUPPORTS]->(c:Community)
                             WHERE c.retired IS NULL AND coalesce(t.status, 'CONFIRMED') <> 'WITHDRAWN' AND VISIBLE(t, n)
                             RETURN c.name ORDER BY c.name } AS communities,
                   COLLECT { MATCH (n)-[t:OPERATES_IN]->(l:Locality)
                             WHERE l.retired IS NULL AND coalesce(t.status, 'CONFIRMED') <> 'WITHDRAWN' AND VISIBLE(t, n)
                             RETURN l.name ORDER BY l.name } AS localities,
                   %s AS degree
            """.formatted(core("n"), NODE_TYPE, MapQueryParts.DEGREE));

    static final String RESOURCE_NODES = VisibilityRule.expand("""
            MATCH (b:Resource) WHERE b.retired IS NULL AND VISIBLE(b, b)
              AND EXISTS { MATCH (a)-[r:SHARES]->(b) WHERE %1$s AND %2$s }
            RETURN b.id AS id, b.name AS label, 'RESOURCE' AS type, b.kind AS kind, null AS formality, null AS status,
                   null AS sizeBand, b.description AS description, [] AS identifiers, [] AS communities, [] AS localities,
                   COUNT { MATCH (a)-[r:SHARES]->(b) WHERE %1$s AND %2$s } AS degree
            """.formatted(core("a"), KEPT));

    static final String GRAPH_TIES = VisibilityRule.expand("""
            MATCH (a)-[r:%s]->(b)
            WHERE %s AND %s
            WITH a, r, b, %s AS formality
            WHERE %s
            RETURN a.id AS source, b.id AS target, type(r) AS type, formality, coalesce(r.status, 'CONFIRMED') AS status,
                   toString(r.lastConfirmed) AS lastConfirmed, r.role AS role, r.kind AS detail
            """.formatted(MapQueryParts.TIE_TYPES, core("a"), core("b"), MapQueryParts.FORMALITY,
            MapQueryParts.TIE_FILTER));

    static final String SHARE_TIES = VisibilityRule.expand("""
            MATCH (a)-[r:SHARES]->(b:Resource)
            WHERE %s AND b.retired IS NULL AND VISIBLE(b, b) AND %s
            RETURN a.id AS source, b.id AS target, 'SHARES' AS type, null AS formality,
                   coalesce(r.status, 'CONFIRMED') AS status, toString(r.lastConfirmed) AS lastConfirmed,
                   r.role AS role, r.kind AS detail
            """.formatted(core("a"), KEPT));

    static final String FOCUS = VisibilityRule.expand("""
            CALL () {
              MATCH (f:Organisation {id: $focus}) RETURN f
              UNION MATCH (f:Network {id: $focus}) RETURN f
              UNION MATCH (f:Consortium {id: $focus}) RETURN f
            }
            WITH f WHERE f.retired IS NULL AND VISIBLE(f, f)
            RETURN f.id AS id
            """);

    static final String NEXT_RING = VisibilityRule.expand("""
            UNWIND $frontier AS fid
            CALL (fid) {
              MATCH (f:Organisation {id: fid}) RETURN f
              UNION MATCH (f:Network {id: fid}) RETURN f
              UNION MATCH (f:Consortium {id: fid}) RETURN f
            }
            MATCH (f)-[r:%s]-(n)
            WHERE %s
            WITH r, n, startNode(r) AS a, endNode(r) AS b
            WITH r, n, a, b, %s AS formality
            WHERE %s
            RETURN DISTINCT n.id AS id
            """.formatted(MapQueryParts.TIE_TYPES, MapQueryParts.nodeFilter("n"), MapQueryParts.FORMALITY,
            MapQueryParts.TIE_FILTER));

    static final String DATASET = """
            MATCH (v:SeedVersion) RETURN v.dataset AS dataset ORDER BY v.loadedAt LIMIT 1
            """;

    // ---- atlas-csv: the graph-seed/ tables ----

    /** Node labels of the ecosystem, in the order their files are written. */
    static final List<String> CORE_LABELS = List.of("Organisation", "Network", "Consortium");
    /** Written when linked to an exported organisation, network or consortium (all of them when unfiltered). */
    static final List<String> LINKED_LABELS = List.of("Resource", "Programme", "Contract");
    /** Shared vocabularies: written whole, so every tie to them has its end. */
    static final List<String> REFERENCE_LABELS = List.of("Community", "Locality", "ConsortiumStructure");
    static final List<String> LABELS;

    static {
        List<String> all = new ArrayList<>(CORE_LABELS);
        all.addAll(LINKED_LABELS);
        all.addAll(REFERENCE_LABELS);
        LABELS = List.copyOf(all);
    }

    /**
     * Bookkeeping the export leaves out: the seed's own markers, edit versions and merge links, and who recorded,
     * confirmed or withdrew a fact (user ids are personal data). recordedAt is a datetime, a type the seed
     * format has no column type for.
     */
    static final List<String> LEFT_OUT = List.of("seedKeys", "dataset", "seedVersion", "version", "recordedAt",
            "recordedBy", "confirmedBy", "confirmedAt", "withdrawnBy", "withdrawnAt", "retired", "retiredAt",
            "retiredBy", "mergedInto", "mergedFrom", "tieId");

    static final String QUOTE = "sourceQuote";

    static String member(String label, String v) {
        if (CORE_LABELS.contains(label)) {
            return core(v);
        }
        String own = v + ".retired IS NULL AND VISIBLE(" + v + ", " + v + ")";
        if (REFERENCE_LABELS.contains(label)) {
            return "(" + own + ")";
        }
        return "(" + own + " AND ($everything OR EXISTS { MATCH (" + v + ")-[lt]-(lo) WHERE " + core("lo")
                + " AND coalesce(lt.status, 'CONFIRMED') <> 'WITHDRAWN'"
                + " AND (NOT $confirmedOnly OR lt.status = 'CONFIRMED') AND VISIBLE(lt, lo, " + v + ") }))";
    }

    static String nodeColumns(String label) {
        return VisibilityRule.expand("""
                MATCH (v:%s) WHERE %s
                UNWIND keys(v) AS key
                WITH key, valueType(v[key]) AS type WHERE NOT key IN $leftOut
                RETURN key, collect(DISTINCT type) AS types
                """.formatted(label, member(label, "v")));
    }

    static String nodeRows(String label) {
        return VisibilityRule.expand("""
                MATCH (v:%s) WHERE %s
                RETURN properties(v) AS p
                """.formatted(label, member(label, "v")));
    }

    static final String RELATIONSHIP_KINDS = """
            MATCH (a)-[r]->(b)
            WITH type(r) AS type, [l IN labels(a) WHERE l IN $labels][0] AS fromLabel,
                 [l IN labels(b) WHERE l IN $labels][0] AS toLabel
            WHERE fromLabel IS NOT NULL AND toLabel IS NOT NULL
            RETURN DISTINCT type, fromLabel, toLabel ORDER BY type, fromLabel, toLabel
            """;

    private static String relationshipMatch(String type, String from, String to) {
        return """
                MATCH (a:%s)-[r:%s]->(b:%s)
                WHERE %s AND %s AND %s
                WITH a, r, b, %s AS formality
                WHERE $formality IS NULL OR NOT type(r) IN $tieTypes OR formality = $formality
                """.formatted(from, type, to, member(from, "a"), member(to, "b"), KEPT, MapQueryParts.FORMALITY);
    }

    static String relationshipColumns(String type, String from, String to) {
        return VisibilityRule.expand(relationshipMatch(type, from, to) + """
                UNWIND keys(r) AS key
                WITH key, valueType(r[key]) AS type WHERE NOT key IN $leftOut
                RETURN key, collect(DISTINCT type) AS types
                """);
    }

    static String relationshipRows(String type, String from, String to) {
        return VisibilityRule.expand(relationshipMatch(type, from, to) + """
                RETURN a.id AS from, b.id AS to, properties(r) AS p
                """);
    }

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private Graph graph;

    protected Neo4jGraphExportRepository() {
        // for CDI proxies
    }

    @Inject
    public Neo4jGraphExportRepository(Graph graph) {
        this.graph = graph;
    }

    @Override
    public Set<String> neighbourhood(String focus, int radius, MapFilter filter, Viewer viewer) {
        Map<String, Object> params = VisibilityRule.with(MapQueryParts.parameters(filter), viewer);
        params.put("focus", focus);
        return graph.read(tx -> {
            var found = tx.run(FOCUS, params);
            if (!found.hasNext()) {
                throw new UnknownIdException("organisation, network or consortium", focus);
            }
            Set<String> reached = new HashSet<>(Set.of(found.single().get("id").asString()));
            List<String> frontier = List.copyOf(reached);
            for (int ring = 0; ring < radius && !frontier.isEmpty(); ring++) {
                params.put("frontier", frontier);
                List<String> next = new ArrayList<>();
                tx.run(NEXT_RING, params).forEachRemaining(r -> {
                    String id = r.get("id").asString();
                    if (reached.add(id)) {
                        next.add(id);
                    }
                });
                frontier = next;
            }
            return reached;
        });
    }

    @Override
    public void streamGraph(GraphSelection selection, Viewer viewer, GraphSink sink) {
        Map<String, Object> params = parameters(selection, viewer);
        graph.readLong(once(tx -> {
            tx.run(GRAPH_NODES, params).forEachRemaining(r -> sink.node(node(r)));
            tx.run(RESOURCE_NODES, params).forEachRemaining(r -> sink.node(node(r)));
            sink.nodesDone();
            tx.run(GRAPH_TIES, params).forEachRemaining(r -> sink.edge(edge(r)));
            tx.run(SHARE_TIES, params).forEachRemaining(r -> sink.edge(edge(r)));
            sink.finish();
            return null;
        }));
    }

    @Override
    public void streamTables(GraphSelection selection, Viewer viewer, TableSink sink) {
        Map<String, Object> params = parameters(selection, viewer);
        params.put("leftOut", LEFT_OUT);
        params.put("labels", LABELS);
        params.put("tieTypes", List.of(MapQueryParts.TIE_TYPES.split("\\|")));
        graph.readLong(once(tx -> {
            List<String> files = new ArrayList<>();
            for (String label : LABELS) {
                String file = "nodes/" + label + ".csv";
                files.add(file);
                List<Column> columns = columns(tx, nodeColumns(label), params, List.of(new Column("id", "string")));
                sink.table(file, headers(columns));
                tx.run(nodeRows(label), params).forEachRemaining(r -> sink.row(cells(columns, r.get("p").asMap())));
            }
            List<Record> kinds = tx.run(RELATIONSHIP_KINDS, params).list();
            for (Record kind : kinds) {
                String type = kind.get("type").asString();
                String from = kind.get("fromLabel").asString();
                String to = kind.get("toLabel").asString();
                if (!NAME.matcher(type).matches()) {
                    continue;
                }
                String file = "relationships/" + type + "--" + from.toLowerCase() + "-" + to.toLowerCase() + ".csv";
                files.add(file);
                List<Column> columns = columns(tx, relationshipColumns(type, from, to), params, List.of());
                List<String> header = new ArrayList<>(List.of("from:" + from, "to:" + to));
                header.addAll(headers(columns));
                sink.table(file, header);
                tx.run(relationshipRows(type, from, to), params).forEachRemaining(r -> {
                    List<String> row = new ArrayList<>(List.of(r.get("from").asString(), r.get("to").asString()));
                    row.addAll(cells(columns, r.get("p").asMap()));
                    sink.row(row);
                });
            }
            String dataset = datasetName(tx) + "-export";
            LocalDate today = LocalDate.now();
            sink.finish(new SeedManifestText(dataset, 1, "third-sector-atlas-export-" + today, today,
                    "schema/constraints.cypher", files));
            return null;
        }));
    }

    @Override
    public String datasetName() {
        return graph.read(Neo4jGraphExportRepository::datasetName);
    }

    private static String datasetName(TransactionContext tx) {
        var result = tx.run(DATASET);
        return result.hasNext() ? result.single().get("dataset").asString() : "atlas";
    }

    /** A transaction function that refuses a second run (the driver retries), since the first wrote bytes. */
    private static <T> TransactionCallback<T> once(TransactionCallback<T> work) {
        AtomicBoolean ran = new AtomicBoolean();
        return tx -> {
            if (ran.getAndSet(true)) {
                throw new IllegalStateException("The export failed part-way and is not retried");
            }
            return work.execute(tx);
        };
    }

    private static Map<String, Object> parameters(GraphSelection selection, Viewer viewer) {
        Map<String, Object> params = VisibilityRule.with(MapQueryParts.parameters(selection.filter()), viewer);
        params.put("focus", selection.focus());
        params.put("focusIds", selection.focusIds() == null ? null : List.copyOf(selection.focusIds()));
        params.put("everything", selection.everything());
        return params;
    }

    private static ExportNode node(Record r) {
        return new ExportNode(text(r, "id"), text(r, "label"), text(r, "type"), text(r, "kind"),
                text(r, "formality"), text(r, "status"), text(r, "sizeBand"), text(r, "description"),
                texts(r.get("identifiers")), texts(r.get("communities")), texts(r.get("localities")),
                r.get("degree").asLong());
    }

    private static ExportEdge edge(Record r) {
        return new ExportEdge(text(r, "source"), text(r, "target"), text(r, "type"), text(r, "formality"),
                text(r, "status"), text(r, "lastConfirmed"), text(r, "role"), text(r, "detail"));
    }

    private static String text(Record r, String key) {
        Value v = r.get(key);
        return v.isNull() ? null : v.asObject().toString();
    }

    /** A list of strings, or one string read as a list of one (older data kept some lists as text). */
    private static List<String> texts(Value v) {
        if (v.isNull()) {
            return List.of();
        }
        if (v.type().name().equals("LIST")) {
            return v.asList(x -> x.asObject().toString());
        }
        return List.of(v.asObject().toString());
    }

    // ---- atlas-csv columns ----

    /** A column of a seed table: its property and its seed type (string, int, float, boolean, date, string[]). */
    record Column(String name, String type) {
        String header() {
            return "string".equals(type) ? name : name + ":" + type;
        }
    }

    /**
     * The table's columns from the properties its rows hold: the given first ones (id), name, the rest by name,
     * then sourceQuote, which the seed format requires on every row.
     */
    private static List<Column> columns(TransactionContext tx, String query, Map<String, Object> params,
                                        List<Column> first) {
        Map<String, String> found = new TreeMap<>();
        tx.run(query, params).forEachRemaining(r -> {
            String key = r.get("key").asString();
            String type = seedType(r.get("types").asList(Value::asString));
            if (type != null && NAME.matcher(key).matches()) {
                found.put(key, type);
            }
        });
        List<Column> columns = new ArrayList<>(first);
        first.forEach(c -> found.remove(c.name()));
        found.remove("from");
        found.remove("to");
        found.remove(QUOTE);
        String name = found.remove("name");
        if (name != null) {
            columns.add(new Column("name", name));
        }
        found.forEach((k, t) -> columns.add(new Column(k, t)));
        columns.add(new Column(QUOTE, "string"));
        return columns;
    }

    /** The seed type for the Cypher value types a property has across rows; null when the seed cannot hold it. */
    static String seedType(List<String> cypherTypes) {
        Set<String> types = new HashSet<>();
        for (String t : cypherTypes) {
            String plain = t.replace(" NOT NULL", "");
            switch (plain) {
                case "STRING" -> types.add("string");
                case "INTEGER" -> types.add("int");
                case "FLOAT" -> types.add("float");
                case "BOOLEAN" -> types.add("boolean");
                case "DATE" -> types.add("date");
                case "LIST<STRING>", "LIST<NOTHING>", "LIST<ANY>" -> types.add("string[]");
                default -> {
                    return null;
                }
            }
        }
        if (types.isEmpty()) {
            return null;
        }
        return types.size() == 1 ? types.iterator().next() : "string";
    }

    private static List<String> headers(List<Column> columns) {
        return columns.stream().map(Column::header).toList();
    }

    private static List<String> cells(List<Column> columns, Map<String, Object> properties) {
        List<String> cells = new ArrayList<>(columns.size());
        for (Column c : columns) {
            Object value = properties.get(c.name());
            if (value == null && QUOTE.equals(c.name())) {
                value = "Not quoted in the Atlas; recorded there as " + properties.getOrDefault("source", "unknown")
                        + (properties.get("sourceRef") == null ? "" : ", " + properties.get("sourceRef"));
            }
            cells.add(cell(value));
        }
        return cells;
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join(";", list.stream().map(String::valueOf).toList());
        }
        return value.toString();
    }
}
