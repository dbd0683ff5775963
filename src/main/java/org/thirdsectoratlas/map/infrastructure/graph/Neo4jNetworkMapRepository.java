package org.thirdsectoratlas.map.infrastructure.graph;

import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.thirdsectoratlas.map.domain.MapEdge;
import org.thirdsectoratlas.map.domain.MapFilter;
import org.thirdsectoratlas.map.domain.MapGraph;
import org.thirdsectoratlas.map.domain.MapFilterOptions;
import org.thirdsectoratlas.map.domain.MapNode;
import org.thirdsectoratlas.map.domain.MapOption;
import org.thirdsectoratlas.map.domain.NetworkMapRepository;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;

@ApplicationScoped
public class Neo4jNetworkMapRepository implements NetworkMapRepository {

    // The filters, the tie formality and the degree are shared with the graph export (MapQueryParts).
    private static final String NODE_FILTER = MapQueryParts.NODE_FILTER_N;
    private static final String TIE_FILTER = MapQueryParts.TIE_FILTER;
    private static final String DEGREE = MapQueryParts.DEGREE;

    private static final String NODE_MAP = """
            {id: n.id, label: n.name, kind: n.kind,
             type: CASE WHEN n:Organisation THEN 'ORGANISATION' WHEN n:Network THEN 'NETWORK' ELSE 'CONSORTIUM' END,
             formality: CASE WHEN n:Consortium THEN 'FORMAL' ELSE n.formality END,
             degree: """ + DEGREE + "}";

    private static final String FORMALITY = MapQueryParts.FORMALITY;

    static final String OVERVIEW = VisibilityRule.expand("""
            CALL () {
              MATCH (n:Organisation) RETURN n
              UNION MATCH (n:Network) RETURN n
              UNION MATCH (n:Consortium) RETURN n
            }
            WITH n WHERE %s
            WITH n, %s AS degree
            ORDER BY degree DESC, n.name
            WITH collect(n) AS matched
            WITH matched[0..$limit] AS shown, size(matched) AS total
            CALL (shown) {
              UNWIND shown AS a
              MATCH (a)-[r:MEMBER_OF|PARTNER_IN|COLLABORATES_WITH|SUPPORTED_BY]->(b)
              WHERE b IN shown
              WITH a, r, b, %s AS formality
              WHERE %s
              RETURN collect({source: a.id, target: b.id, type: type(r), formality: formality, status: r.status}) AS edges
            }
            RETURN [n IN shown | %s] AS nodes, edges, total - size(shown) AS hidden
            """.formatted(NODE_FILTER, DEGREE, FORMALITY, TIE_FILTER, NODE_MAP));

    static final String NEIGHBOURHOOD = VisibilityRule.expand("""
            CALL () {
              MATCH (f:Organisation {id: $id}) RETURN f
              UNION MATCH (f:Network {id: $id}) RETURN f
              UNION MATCH (f:Consortium {id: $id}) RETURN f
            }
            WITH f WHERE VISIBLE(f, f)
            CALL (f) {
              MATCH (f)-[r:MEMBER_OF|PARTNER_IN|COLLABORATES_WITH|SUPPORTED_BY]-(n)
              WHERE %s
              WITH r, n, startNode(r) AS a, endNode(r) AS b
              WITH r, n, a, b, %s AS formality
              WHERE %s
              WITH r, n, a, b, formality, %s AS degree
              ORDER BY degree DESC, n.name
              RETURN collect({n: n, edge: {source: a.id, target: b.id, type: type(r), formality: formality,
                                           status: r.status}}) AS ties
            }
            WITH f, ties[0..$limit] AS shown, size(ties) AS total
            RETURN [n IN [f] + [t IN shown | t.n] | %s] AS nodes,
                   [t IN shown | t.edge] AS edges, total - size(shown) AS hidden
            """.formatted(NODE_FILTER, FORMALITY, TIE_FILTER, DEGREE, NODE_MAP));

    static final String FILTER_OPTIONS = """
            RETURN COLLECT { MATCH (c:Community) WHERE c.retired IS NULL RETURN c {.id, .name} ORDER BY c.name } AS communities,
                   COLLECT { MATCH (l:Locality) WHERE l.retired IS NULL RETURN l {.id, .name} ORDER BY l.name } AS localities,
                   COLLECT { MATCH (n:Network) WHERE n.retired IS NULL RETURN n {.id, .name} ORDER BY n.name } AS networks
            """;

    private Graph graph;

    protected Neo4jNetworkMapRepository() {
        // for CDI proxies
    }

    @Inject
    public Neo4jNetworkMapRepository(Graph graph) {
        this.graph = graph;
    }

    @Override
    public MapGraph overview(MapFilter filter, int limit, Viewer viewer) {
        Map<String, Object> params = VisibilityRule.with(parameters(filter), viewer);
        params.put("limit", limit);
        return graph.read(tx -> toGraph(tx.run(OVERVIEW, params).single()));
    }

    @Override
    public MapGraph neighbourhood(String id, MapFilter filter, int limit, Viewer viewer) {
        Map<String, Object> params = VisibilityRule.with(parameters(filter), viewer);
        params.put("id", id);
        params.put("limit", limit);
        return graph.read(tx -> {
            var result = tx.run(NEIGHBOURHOOD, params);
            return result.hasNext() ? toGraph(result.single()) : new MapGraph(List.of(), List.of(), 0);
        });
    }

    @Override
    public MapFilterOptions filterOptions() {
        return graph.read(tx -> {
            Record r = tx.run(FILTER_OPTIONS).single();
            return new MapFilterOptions(options(r.get("communities")), options(r.get("localities")),
                    options(r.get("networks")));
        });
    }

    private static List<MapOption> options(Value list) {
        return list.asList(v -> new MapOption(text(v, "id"), text(v, "name")));
    }

    private static Map<String, Object> parameters(MapFilter filter) {
        return MapQueryParts.parameters(filter);
    }

    private static MapGraph toGraph(Record record) {
        List<MapNode> nodes = record.get("nodes").asList(n -> new MapNode(text(n, "id"), text(n, "label"),
                text(n, "type"), text(n, "kind"), text(n, "formality"), n.get("degree").asLong()));
        List<MapEdge> edges = record.get("edges").asList(Neo4jNetworkMapRepository::toEdge);
        return new MapGraph(nodes, edges, record.get("hidden").asLong());
    }

    private static MapEdge toEdge(Value e) {
        return new MapEdge(text(e, "source"), text(e, "target"), text(e, "type"), text(e, "formality"),
                text(e, "status"));
    }
}
