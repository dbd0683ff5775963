package org.thirdsectoratlas.exports.infrastructure.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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

    /*
     * Two shapes of every query. Exporting everything the viewer may see needs only the privacy rule per node.
     * A filtered or focused export first collects the ids of the organisations, networks and consortia the
     * filter keeps (one query with the map's node filter), then of the resources, programmes and contracts
     * linked to them, and the later queries test membership of those id lists: the map's filter, nested in
     * every query for both ends of every relationship, made Cypher's planner take minutes.
     */

    private static final String CORE_LABELS_OF = "(%1$s:Organisation OR %1$s:Network OR %1$s:Consortium)";

    /** The organisations, networks and consortia exported, for a variable v. */
    static String core(String v, boolean everything) {
        String own = everything ? v + ".retired IS NULL AND VISIBLE(" + v + ", " + v + ")" : v + ".id IN $coreIds";
        return "(" + CORE_LABELS_OF.formatted(v) + " AND " + own + ")";
    }

    static final String CORE_IDS = VisibilityRule.expand("""
            CALL () {
              MATCH (n:Organisation) RETURN n
              UNION ALL MATCH (n:Network) RETURN n
              UNION ALL MATCH (n:Consortium) RETURN n
            }
            WITH n WHERE ($focusIds IS NULL OR n.id IN $focusIds) AND (n.id = $focus OR %s)
            RETURN n.id AS id
            """.formatted(MapQueryParts.nodeFilter("n")));

    static final String LINKED_IDS = VisibilityRule.expand("""
            UNWIND $coreIds AS cid
            CALL (cid) {
              MATCH (n:Organisation {id: cid}) RETURN n
              UNION MATCH (n:Network {id: cid}) RETURN n
              UNION MATCH (n:Consortium {id: cid}) RETURN n
            }
            MATCH (n)-[r]-(v)
            WHERE (v:Resource OR v:Programme OR v:Contract) AND v.retired IS NULL AND VISIBLE(v, v)
              AND coalesce(r.status, 'CONFIRMED') <> 'WITHDRAWN' AND (NOT $confirmedOnly OR r.status = 'CONFIRMED')
              AND VISIBLE(r, n, v)
            RETURN DISTINCT v.id AS id
            """);

    private static final String NODE_TYPE = """
            CASE WHEN n:Organisation THEN 'ORGANISATION' WHEN n:Network THEN 'NETWORK' ELSE 'CONSORTIUM' END""";

    /** A relationship r from a to b that the export keeps, whatever its type: not withdrawn, visible. */
    private static final String KEPT = """
            coalesce(r.status, 'CONFIRMED') <> 'WITHDRAWN' AND (NOT $confirmedOnly OR r.status = 'CONFIRMED')
            AND VISIBLE(r, a, b)""";

    static String graphNodes(boolean everything) {
        return VisibilityRule.expand("""
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
                """.formatted(core("n", everything), NODE_TYPE, MapQueryParts.DEGREE));
    }

    static String resourceNodes(boolean everything) {
        return VisibilityRule.expand("""
                MATCH (b:Resource) WHERE b.retired IS NULL AND VISIBLE(b, b)
                WITH b, COUNT { MATCH (a)-[r:SHARES]->(b) WHERE %1$s AND %2$s } AS degree
                WHERE degree > 0
                RETURN b.id AS id, b.name AS label, 'RESOURCE' AS type, b.kind AS kind, null AS formality,
                       null AS status, null AS sizeBand, b.description AS description, [] AS identifiers,
                       [] AS communities, [] AS localities, degree
                """.formatted(core("a", everything), KEPT));
    }

    static String graphTies(boolean everything) {
        return VisibilityRule.expand("""
                MATCH (a)-[r:%s]->(b)
                WHERE %s AND %s
                WITH a, r, b, %s AS formality
                WHERE %s
                RETURN a.id AS source, b.id AS target, type(r) AS type, formality,
                       coalesce(r.status, 'CONFIRMED') AS status, toString(r.lastConfirmed) AS lastConfirmed,
                       r.role AS role, r.kind AS detail
                """.formatted(MapQueryParts.TIE_TYPES, core("a", everything), core("b", everything),
                MapQueryParts.FORMALITY, MapQueryParts.TIE_FILTER));
    }

    static String shareTies(boolean everything) {
        return VisibilityRule.expand("""
                MATCH (a)-[r:SHARES]->(b:Resource)
                WHERE %s AND b.retired IS NULL AND VISIBLE(b, b) AND %s
                RETURN a.id AS source, b.id AS target, 'SHARES' AS type, null AS formality,
                       coalesce(r.status, 'CONFIRMED') AS status, toString(r.lastConfirmed) AS lastConfirmed,
                       r.role AS role, r.kind AS detail
                """.formatted(core("a", everything), KEPT));
    }

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

    /*
     * The table queries are constant text (labels and types are dynamic, $(...)), so Cypher plans each once:
     * a query per label and type, each with the privacy rule inside, took the planner far longer than the
     * reading. Which nodes belong is a parameter: null (every visible node of the label) or a list of ids.
     */
    private static final String TABLE_NODE = """
            ($%2$s IS NULL OR %1$s.id IN $%2$s) AND %1$s.retired IS NULL AND VISIBLE(%1$s, %1$s)""";

    static final String NODE_COLUMNS = VisibilityRule.expand("""
            MATCH (v:$($label)) WHERE %s
            UNWIND keys(v) AS key
            WITH key, valueType(v[key]) AS type WHERE NOT key IN $leftOut
            RETURN key, collect(DISTINCT type) AS types
            """.formatted(TABLE_NODE.formatted("v", "ids")));

    static final String NODE_ROWS = VisibilityRule.expand("""
            MATCH (v:$($label)) WHERE %s
            RETURN properties(v) AS p
            """.formatted(TABLE_NODE.formatted("v", "ids")));

    static final String RELATIONSHIP_KINDS = """
            MATCH (a)-[r]->(b)
            WITH type(r) AS type, [l IN labels(a) WHERE l IN $labels][0] AS fromLabel,
                 [l IN labels(b) WHERE l IN $labels][0] AS toLabel
            WHERE fromLabel IS NOT NULL AND toLabel IS NOT NULL
            RETURN DISTINCT type, fromLabel, toLabel ORDER BY type, fromLabel, toLabel
            """;

    private static final String RELATIONSHIP_MATCH = """
            MATCH (a:$($fromLabel))-[r:$($type)]->(b:$($toLabel))
            WHERE %s AND %s AND %s
            WITH a, r, b, %s AS formality
            WHERE $formality IS NULL OR NOT type(r) IN $tieTypes OR formality = $formality
            """.formatted(TABLE_NODE.formatted("a", "fromIds"), TABLE_NODE.formatted("b", "toIds"), KEPT,
            MapQueryParts.FORMALITY);

    static final String RELATIONSHIP_COLUMNS = VisibilityRule.expand(RELATIONSHIP_MATCH + """
            UNWIND keys(r) AS key
            WITH key, valueType(r[key]) AS type WHERE NOT key IN $leftOut
            RETURN key, collect(DISTINCT type) AS types
            """);

    static final String RELATIONSHIP_ROWS = VisibilityRule.expand(RELATIONSHIP_MATCH + """
            RETURN a.id AS from, b.id AS to, properties(r) AS p
            """);

    /** Which nodes of a label an atlas-csv export holds: null = every visible one, else these ids. */
    private static Object idsOf(String label, Map<String, Object> params, boolean everything) {
        if (everything || REFERENCE_LABELS.contains(label)) {
            return null;
        }
        return CORE_LABELS.contains(label) ? params.get("coreIds") : params.get("linkedIds");
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
        boolean everything = selection.everything();
        graph.readLong(once(tx -> {
            selectIds(tx, params, everything, false);
            tx.run(graphNodes(everything), params).forEachRemaining(r -> sink.node(node(r)));
            tx.run(resourceNodes(everything), params).forEachRemaining(r -> sink.node(node(r)));
            sink.nodesDone();
            tx.run(graphTies(everything), params).forEachRemaining(r -> sink.edge(edge(r)));
            tx.run(shareTies(everything), params).forEachRemaining(r -> sink.edge(edge(r)));
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
        boolean everything = selection.everything();
        graph.readLong(once(tx -> {
            selectIds(tx, params, everything, true);
            List<String> files = new ArrayList<>();
            for (String label : LABELS) {
                String file = "nodes/" + label + ".csv";
                files.add(file);
                Map<String, Object> p = new HashMap<>(params);
                p.put("label", label);
                p.put("ids", idsOf(label, params, everything));
                List<Column> columns = columns(tx, NODE_COLUMNS, p, List.of(new Column("id", "string")));
                sink.table(file, headers(columns));
                tx.run(NODE_ROWS, p).forEachRemaining(r -> sink.row(cells(columns, r.get("p").asMap())));
            }
            List<Record> kinds = tx.run(RELATIONSHIP_KINDS, params).list();
            for (Record kind : kinds) {
                String type = kind.get("type").asString();
                String from = kind.get("fromLabel").asString();
                String to = kind.get("toLabel").asString();
                String file = "relationships/" + type + "--" + from.toLowerCase() + "-" + to.toLowerCase() + ".csv";
                files.add(file);
                Map<String, Object> p = new HashMap<>(params);
                p.put("type", type);
                p.put("fromLabel", from);
                p.put("toLabel", to);
                p.put("fromIds", idsOf(from, params, everything));
                p.put("toIds", idsOf(to, params, everything));
                List<Column> columns = columns(tx, RELATIONSHIP_COLUMNS, p, List.of());
                List<String> header = new ArrayList<>(List.of("from:" + from, "to:" + to));
                header.addAll(headers(columns));
                sink.table(file, header);
                tx.run(RELATIONSHIP_ROWS, p).forEachRemaining(r -> {
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

    /**
     * For a filtered or focused export, the ids of the exported organisations, networks and consortia (and,
     * for atlas-csv, of the resources, programmes and contracts linked to them) as query parameters. These ids
     * are the one thing an export holds whole; exporting everything needs none.
     */
    private static void selectIds(TransactionContext tx, Map<String, Object> params, boolean everything,
                                  boolean linked) {
        if (everything) {
            return;
        }
        List<String> core = new ArrayList<>();
        tx.run(CORE_IDS, params).forEachRemaining(r -> core.add(r.get("id").asString()));
        params.put("coreIds", core);
        if (linked) {
            List<String> ids = new ArrayList<>();
            tx.run(LINKED_IDS, params).forEachRemaining(r -> ids.add(r.get("id").asString()));
            params.put("linkedIds", ids);
        }
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
        Object value = v.asObject();
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(value.toString());
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
