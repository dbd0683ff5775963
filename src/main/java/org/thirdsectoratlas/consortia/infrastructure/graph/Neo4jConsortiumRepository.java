package org.thirdsectoratlas.consortia.infrastructure.graph;

import static org.thirdsectoratlas.shared.infrastructure.GraphRows.links;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.nodeProvenance;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.texts;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.thirdsectoratlas.consortia.domain.Consortium;
import org.thirdsectoratlas.consortia.domain.ConsortiumFilter;
import org.thirdsectoratlas.consortia.domain.ConsortiumRepository;
import org.thirdsectoratlas.consortia.domain.ConsortiumSummary;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.infrastructure.GraphRows;
import org.thirdsectoratlas.shared.infrastructure.Neo4jDirectoryRepository;
import org.thirdsectoratlas.shared.infrastructure.ListQuery;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;

@ApplicationScoped
public class Neo4jConsortiumRepository extends Neo4jDirectoryRepository<Consortium, ConsortiumSummary, ConsortiumFilter>
        implements ConsortiumRepository {

    /** The structure comes from HAS_STRUCTURE, or from the structure property where only that is set. */
    static final String FIND_BY_ID = VisibilityRule.expand("""
            MATCH (c:Consortium {id: $id})
            WHERE c.retired IS NULL
            OPTIONAL MATCH (s:ConsortiumStructure)
            WHERE EXISTS { (c)-[h:HAS_STRUCTURE]->(s) WHERE coalesce(h.status, '') <> 'WITHDRAWN' } OR s.id = c.structure
            WITH c, head(collect(s)) AS s,
                 COLLECT {
                   MATCH (c)<-[p:PARTNER_IN]-(o:Organisation)
                   WHERE coalesce(p.status, '') <> 'WITHDRAWN' AND o.retired IS NULL AND VISIBLE(o, o) AND VISIBLE(p, o)
                   RETURN o {.id, .name, .kind, tie: properties(p)} ORDER BY p.role = 'lead' DESC, o.name
                 } AS partners
            RETURN properties(c) AS consortium, properties(s) AS structure, partners,
                   [p IN partners WHERE p.tie.role = 'lead'][0] AS lead,
                   COLLECT {
                     MATCH (c)-[d:DELIVERS]->(k:Contract) WHERE coalesce(d.status, '') <> 'WITHDRAWN' AND VISIBLE(d, c)
                     OPTIONAL MATCH (k)-[b:COMMISSIONED_BY]->(commissioner:Organisation)
                     WHERE VISIBLE(commissioner, commissioner) AND VISIBLE(b, commissioner)
                     RETURN k {.id, .name, kind: commissioner.name, tie: properties(d)} ORDER BY k.name
                   } AS contracts
            """);

    /** The research orders them by prevalence: lead partner, umbrella, partnership of equals. */
    static final String STRUCTURES = """
            MATCH (s:ConsortiumStructure)
            RETURN properties(s) AS structure
            ORDER BY CASE s.id WHEN 'LEAD_PARTNER' THEN 0 WHEN 'UMBRELLA' THEN 1 WHEN 'PARTNERSHIP_OF_EQUALS' THEN 2
                     ELSE 3 END, s.name
            """;

    static final String ALL = """
            MATCH (c:Consortium)
            WITH c, 0.0 AS score
            """;

    static final String SEARCH = """
            CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
            WITH node AS c, score WHERE c:Consortium
            """;

    static final String FILTERS = VisibilityRule.expand("""
            WITH c, score
            WHERE c.retired IS NULL AND c.name IS NOT NULL
              AND ($structure IS NULL OR c.structure = $structure
                   OR EXISTS { (c)-[h:HAS_STRUCTURE]->(:ConsortiumStructure {id: $structure})
                           WHERE coalesce(h.status, '') <> 'WITHDRAWN' })
              AND ($partner IS NULL OR EXISTS {
                    MATCH (c)<-[t:PARTNER_IN]-(o:Organisation {id: $partner})
                    WHERE coalesce(t.status, '') <> 'WITHDRAWN' AND VISIBLE(o, o) AND VISIBLE(t, o) })
            """);

    /** Partners, the lead and contracts as the viewer may see them. */
    static final String PAGE = VisibilityRule.expand("""
            WITH c, score ORDER BY score DESC, c.name, c.id SKIP $skip LIMIT $limit
            RETURN c.id AS id, c.name AS name,
                   coalesce(c.structure, COLLECT { MATCH (c)-[h:HAS_STRUCTURE]->(s) WHERE coalesce(h.status, '') <> 'WITHDRAWN'
                                             RETURN s.id }[0]) AS structure,
                   COUNT { (c)<-[p:PARTNER_IN]-(o:Organisation)
                           WHERE coalesce(p.status, '') <> 'WITHDRAWN' AND VISIBLE(o, o) AND VISIBLE(p, o) } AS partners,
                   COLLECT { MATCH (c)<-[p:PARTNER_IN {role: 'lead'}]-(o:Organisation)
                             WHERE coalesce(p.status, '') <> 'WITHDRAWN' AND VISIBLE(o, o) AND VISIBLE(p, o)
                             RETURN o.name }[0] AS lead,
                   COUNT { (c)-[d:DELIVERS]->(:Contract) WHERE coalesce(d.status, '') <> 'WITHDRAWN' AND VISIBLE(d, c) }
                     AS contracts
            """);

    static final String COUNT = "RETURN count(c) AS total";

    static final ListQuery LIST = new ListQuery(ALL, SEARCH, FILTERS, PAGE, COUNT);

    protected Neo4jConsortiumRepository() {
        super(null, null, null, null, null); // for CDI proxies
    }

    @Inject
    public Neo4jConsortiumRepository(Graph graph) {
        super(graph, FIND_BY_ID, Neo4jConsortiumRepository::toConsortium, LIST, Neo4jConsortiumRepository::toSummary);
    }

    @Override
    protected Map<String, Object> params(ConsortiumFilter filter) {
        return ListQuery.params("structure", filter.structure(), "partner", filter.partner());
    }

    @Override
    protected String words(ConsortiumFilter filter) {
        return filter.text();
    }

    private static ConsortiumSummary toSummary(Record r) {
        return new ConsortiumSummary(text(r, "id"), text(r, "name"), text(r, "structure"),
                GraphRows.count(r, "partners"), text(r, "lead"), GraphRows.count(r, "contracts"));
    }

    @Override
    public List<Consortium.Structure> structures() {
        return graph().read(tx -> tx.run(STRUCTURES).list(r -> structure(r.get("structure"))));
    }

    private static Consortium toConsortium(Record record) {
        Value c = record.get("consortium");
        Value s = record.get("structure");
        var structure = s.isNull() ? null : structure(s);
        return new Consortium(text(c, "id"), text(c, "name"), text(c, "description"), structure,
                links(record, "partners"), GraphRows.optionalLink(record, "lead"), links(record, "contracts"),
                nodeProvenance(c));
    }

    private static Consortium.Structure structure(Value s) {
        return new Consortium.Structure(text(s, "id"), text(s, "name"), text(s, "description"), text(s, "prevalence"),
                texts(s, "roles"));
    }
}
