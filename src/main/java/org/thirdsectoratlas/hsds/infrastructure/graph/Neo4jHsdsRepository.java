package org.thirdsectoratlas.hsds.infrastructure.graph;

import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.texts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.thirdsectoratlas.hsds.domain.HsdsFacts;
import org.thirdsectoratlas.hsds.domain.HsdsRepository;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.infrastructure.GraphRows;
import org.thirdsectoratlas.shared.infrastructure.GraphValues;
import org.thirdsectoratlas.shared.infrastructure.ListQuery;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;

@ApplicationScoped
public class Neo4jHsdsRepository implements HsdsRepository {

    /** One organisation's facts, o bound; every tie and the node at its other end pass the privacy rule. */
    static final String FACTS = VisibilityRule.expand("""
            RETURN o {.id, .name, .aliases, .description, .website, .identifiers, .lastConfirmed} AS organisation,
                   COLLECT {
                     MATCH (o)-[m:MEMBER_OF]->(n:Network) WHERE coalesce(m.status, '') <> 'WITHDRAWN'
                       AND n.retired IS NULL AND VISIBLE(m, o)
                     RETURN {id: n.id, name: n.name, role: m.role, startDate: m.startDate, endDate: m.endDate} ORDER BY n.name, n.id
                   } AS networks,
                   COLLECT {
                     MATCH (o)-[p:PARTNER_IN]->(c:Consortium) WHERE coalesce(p.status, '') <> 'WITHDRAWN'
                       AND c.retired IS NULL AND VISIBLE(p, o)
                     RETURN {id: c.id, name: c.name, role: p.role, startDate: p.startDate, endDate: p.endDate} ORDER BY c.name, c.id
                   } AS consortia,
                   COLLECT {
                     MATCH (o)-[r:RUNS]->(g:Programme) WHERE coalesce(r.status, '') <> 'WITHDRAWN'
                       AND g.retired IS NULL AND VISIBLE(g, g) AND VISIBLE(r, o)
                     RETURN {id: g.id, name: g.name, description: g.description} ORDER BY g.name, g.id
                   } AS runs,
                   COLLECT {
                     MATCH (o)-[r:PARTICIPATES_IN]->(g:Programme) WHERE coalesce(r.status, '') <> 'WITHDRAWN'
                       AND g.retired IS NULL AND VISIBLE(g, g) AND VISIBLE(r, o)
                     RETURN {id: g.id, name: g.name, role: r.role, startDate: r.startDate, endDate: r.endDate} ORDER BY g.name, g.id
                   } AS joins,
                   COLLECT {
                     MATCH (o)<-[f:FUNDS]-(x:Organisation) WHERE coalesce(f.status, '') <> 'WITHDRAWN'
                       AND x.retired IS NULL AND VISIBLE(x, x) AND VISIBLE(f, x, o)
                     RETURN {funderId: x.id, funderName: x.name, grantId: f.grantId, title: f.title,
                             amount: f.amount, currency: f.currency, awardDate: f.awardDate,
                             programmeId: f.programmeId, statedAs: f.statedAs}
                     ORDER BY f.awardDate DESC, f.grantId, x.name
                   } AS funding,
                   COLLECT {
                     MATCH (o)-[w:OPERATES_IN]->(l:Locality) WHERE coalesce(w.status, '') <> 'WITHDRAWN'
                       AND VISIBLE(w, o)
                     RETURN {id: l.id, name: l.name, role: l.kind} ORDER BY l.name, l.id
                   } AS areas
            """);

    static final String FIND = VisibilityRule.expand("""
            MATCH (o:Organisation {id: $id})
            WHERE o.retired IS NULL AND o.name IS NOT NULL AND VISIBLE(o, o)
            """) + FACTS;

    static final ListQuery LIST = new ListQuery("""
            MATCH (o:Organisation)
            WITH o, 0.0 AS score
            """, """
            CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
            WITH node AS o, score WHERE o:Organisation
            """, VisibilityRule.expand("""
            WITH o, score
            WHERE o.retired IS NULL AND o.name IS NOT NULL AND VISIBLE(o, o)
            """), """
            WITH o, score ORDER BY score DESC, o.name, o.id SKIP $skip LIMIT $limit
            """ + FACTS, "RETURN count(o) AS total");

    private Graph graph;

    protected Neo4jHsdsRepository() {
        // for CDI proxies
    }

    @Inject
    public Neo4jHsdsRepository(Graph graph) {
        this.graph = graph;
    }

    @Override
    public Optional<HsdsFacts> find(String atlasId, Viewer viewer) {
        return GraphRows.one(graph, FIND, VisibilityRule.with(Map.of("id", atlasId), viewer), Neo4jHsdsRepository::facts);
    }

    @Override
    public Page<HsdsFacts> list(String words, PageRequest request, Viewer viewer) {
        return LIST.run(graph, words, ListQuery.params(), request, viewer, Neo4jHsdsRepository::facts);
    }

    @Override
    public List<String> organisationIds() {
        return graph.read(tx -> tx.run("MATCH (o:Organisation) WHERE o.id IS NOT NULL RETURN o.id AS id")
                .list(r -> r.get("id").asString()));
    }

    private static HsdsFacts facts(Record r) {
        Value o = r.get("organisation");
        return new HsdsFacts(text(o, "id"), text(o, "name"), texts(o, "aliases"), text(o, "description"),
                text(o, "website"), texts(o, "identifiers"), ties(r, "networks"), ties(r, "consortia"),
                r.get("runs").asList(g -> new HsdsFacts.ProgrammeFacts(text(g, "id"), text(g, "name"),
                        text(g, "description"))),
                ties(r, "joins"),
                r.get("funding").asList(f -> new HsdsFacts.Funding(text(f, "funderId"), text(f, "funderName"),
                        text(f, "grantId"), text(f, "title"), GraphRows.decimal(f, "amount"), text(f, "currency"),
                        text(f, "awardDate"), text(f, "programmeId"), text(f, "statedAs"))),
                ties(r, "areas"), text(o, "lastConfirmed"));
    }

    private static List<HsdsFacts.Tie> ties(Record r, String key) {
        return r.get(key).asList(t -> new HsdsFacts.Tie(text(t, "id"), text(t, "name"), text(t, "role"),
                day(t, "startDate"), day(t, "endDate")));
    }

    /** A date property stored as a date or an ISO string, as YYYY-MM-DD; null when absent. */
    private static String day(Value map, String key) {
        var date = GraphValues.date(map, key);
        return date == null ? null : date.toString();
    }
}
