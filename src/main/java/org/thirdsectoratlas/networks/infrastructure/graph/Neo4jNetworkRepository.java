package org.thirdsectoratlas.networks.infrastructure.graph;

import static org.thirdsectoratlas.shared.infrastructure.GraphRows.links;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.nodeProvenance;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.provenance;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.texts;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.thirdsectoratlas.networks.domain.Network;
import org.thirdsectoratlas.networks.domain.NetworkFilter;
import org.thirdsectoratlas.networks.domain.NetworkRepository;
import org.thirdsectoratlas.networks.domain.NetworkSummary;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.programmes.domain.ProgrammeTie;
import org.thirdsectoratlas.shared.infrastructure.GraphRows;
import org.thirdsectoratlas.shared.infrastructure.Neo4jDirectoryRepository;
import org.thirdsectoratlas.shared.infrastructure.ListQuery;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;

@ApplicationScoped
public class Neo4jNetworkRepository extends Neo4jDirectoryRepository<Network, NetworkSummary, NetworkFilter>
        implements NetworkRepository {

    /** Members, supporters and funders are organisations: each and its tie must be visible to $viewer. */
    static final String FIND_BY_ID = VisibilityRule.expand("""
            MATCH (n:Network {id: $id})
            WHERE n.retired IS NULL
            RETURN properties(n) AS network,
                   COLLECT {
                     MATCH (n)<-[m:MEMBER_OF]-(o:Organisation)
                     WHERE coalesce(m.status, '') <> 'WITHDRAWN' AND o.retired IS NULL
                       AND VISIBLE(o, o) AND VISIBLE(m, o)
                     RETURN o {.id, .name, .kind, tie: properties(m)} ORDER BY o.name
                   } AS members,
                   COLLECT {
                     MATCH (n)-[s:SUPPORTED_BY]->(o:Organisation) WHERE coalesce(s.status, '') <> 'WITHDRAWN'
                       AND VISIBLE(o, o) AND VISIBLE(s, n, o)
                     RETURN o {.id, .name, .kind, tie: properties(s)} ORDER BY o.name
                   } AS supportedBy,
                   COLLECT {
                     MATCH (n)<-[f:FUNDS]-(o:Organisation) WHERE coalesce(f.status, '') <> 'WITHDRAWN'
                       AND VISIBLE(o, o) AND VISIBLE(f, o)
                     RETURN o {.id, .name, .kind, tie: properties(f)} ORDER BY o.name
                   } AS funders,
                   COLLECT {
                     MATCH (n)-[s:SUPPORTS]->(c:Community) WHERE coalesce(s.status, '') <> 'WITHDRAWN'
                       AND VISIBLE(s, n)
                     RETURN c {.id, .name, tie: properties(s)} ORDER BY c.name
                   } AS communities,
                   COLLECT {
                     MATCH (n)-[w:OPERATES_IN]->(l:Locality) WHERE coalesce(w.status, '') <> 'WITHDRAWN'
                       AND VISIBLE(w, n)
                     RETURN l {.id, .name, .kind, tie: properties(w)} ORDER BY l.name
                   } AS localities,
                   COLLECT {
                     MATCH (n)-[s:SHARES]->(r:Resource) WHERE coalesce(s.status, '') <> 'WITHDRAWN'
                       AND VISIBLE(s, n)
                     RETURN r {.id, .name, .kind, tie: properties(s)} ORDER BY r.name
                   } AS resources,
                   COLLECT {
                     MATCH (n)-[r:RUNS|PARTICIPATES_IN]->(g:Programme) WHERE coalesce(r.status, '') <> 'WITHDRAWN'
                       AND g.retired IS NULL AND VISIBLE(g, g) AND VISIBLE(r, n)
                     RETURN g {.id, .name, relation: type(r), tie: properties(r)} ORDER BY g.name, g.id
                   } AS programmes
            """);

    static final String ALL = """
            MATCH (n:Network)
            WITH n, 0.0 AS score
            """;

    static final String SEARCH = """
            CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
            WITH node AS n, score WHERE n:Network
            """;

    static final String FILTERS = VisibilityRule.expand("""
            WITH n, score
            WHERE n.retired IS NULL AND n.name IS NOT NULL
              AND ($formality IS NULL OR n.formality = $formality)
              AND ($community IS NULL OR EXISTS {
                    MATCH (n)-[t:SUPPORTS]->(:Community {id: $community})
                    WHERE coalesce(t.status, '') <> 'WITHDRAWN' AND VISIBLE(t, n) })
              AND ($locality IS NULL OR EXISTS {
                    MATCH (n)-[t:OPERATES_IN]->(:Locality)-[:PART_OF*0..5]->(:Locality {id: $locality})
                    WHERE coalesce(t.status, '') <> 'WITHDRAWN' AND VISIBLE(t, n) })
            """);

    /** Only members the viewer may see are counted: a count must not reveal a hidden membership. */
    static final String PAGE = VisibilityRule.expand("""
            WITH n, score ORDER BY score DESC, n.name, n.id SKIP $skip LIMIT $limit
            RETURN n.id AS id, n.name AS name, n.formality AS formality,
                   COUNT { (n)<-[m:MEMBER_OF]-(o:Organisation)
                           WHERE coalesce(m.status, '') <> 'WITHDRAWN' AND VISIBLE(o, o) AND VISIBLE(m, o) } AS members
            """);

    static final String COUNT = "RETURN count(n) AS total";

    static final ListQuery LIST = new ListQuery(ALL, SEARCH, FILTERS, PAGE, COUNT);

    protected Neo4jNetworkRepository() {
        super(null, null, null, null, null); // for CDI proxies
    }

    @Inject
    public Neo4jNetworkRepository(Graph graph) {
        super(graph, FIND_BY_ID, Neo4jNetworkRepository::toNetwork, LIST, Neo4jNetworkRepository::toSummary);
    }

    @Override
    protected Map<String, Object> params(NetworkFilter filter) {
        return ListQuery.params("formality", filter.formality(), "community", filter.community(),
                "locality", filter.locality());
    }

    @Override
    protected String words(NetworkFilter filter) {
        return filter.text();
    }

    private static NetworkSummary toSummary(Record r) {
        return new NetworkSummary(text(r, "id"), text(r, "name"), text(r, "formality"), GraphRows.count(r, "members"));
    }

    private static Network toNetwork(Record record) {
        Value n = record.get("network");
        return new Network(text(n, "id"), text(n, "name"), texts(n, "aliases"), text(n, "formality"),
                text(n, "description"), links(record, "members"), links(record, "supportedBy"),
                links(record, "funders"), links(record, "communities"), links(record, "localities"),
                links(record, "resources"), record.get("programmes").asList(g -> new ProgrammeTie(text(g, "id"),
                        text(g, "name"), text(g, "relation"), text(g.get("tie"), "role"), provenance(g.get("tie")))),
                nodeProvenance(n));
    }
}
