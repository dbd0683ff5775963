package org.thirdsectoratlas.insights.infrastructure.graph;

import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.thirdsectoratlas.insights.domain.CellGroup;
import org.thirdsectoratlas.insights.domain.CellKey;
import org.thirdsectoratlas.insights.domain.CellOrganisation;
import org.thirdsectoratlas.insights.domain.CoverageMatrix;
import org.thirdsectoratlas.insights.domain.CoverageMatrixBuilder;
import org.thirdsectoratlas.insights.domain.CoverageRepository;
import org.thirdsectoratlas.insights.domain.Ref;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;

/**
 * The coverage matrix in one read. It walks outward from each organisation's (and network's) own
 * SUPPORTS and OPERATES_IN ties, so the cost grows with the number of ties, not with
 * communities × localities × organisations.
 */
@ApplicationScoped
public class Neo4jCoverageRepository implements CoverageRepository {

    /**
     * The places where organisation {@code o} works: its own OPERATES_IN localities and those of the
     * networks it is a member of (network = null for its own), each rolled up through PART_OF, so that
     * working in Leeds also counts towards West Yorkshire.
     */
    static final String ORGANISATION_PLACES = """
            CALL (o) {
              MATCH (o)-[r:OPERATES_IN]->(:Locality)-[:PART_OF*0..]->(l:Locality)
              WHERE coalesce(r.status, '') <> 'WITHDRAWN' AND VISIBLE(r, o)
              RETURN l, null AS network
              UNION
              MATCH (o)-[m:MEMBER_OF]->(n:Network)-[r:OPERATES_IN]->(:Locality)-[:PART_OF*0..]->(l:Locality)
              WHERE coalesce(m.status, '') <> 'WITHDRAWN' AND coalesce(r.status, '') <> 'WITHDRAWN'
                AND n.retired IS NULL AND VISIBLE(m, o) AND VISIBLE(r, n)
              RETURN l, n.id AS network
            }
            """;

    /** Every organisation, group and tie taking part passes the privacy rule for $viewer. */
    static final String COVERAGE = VisibilityRule.expand("""
            MATCH (c:Community)
            RETURN 'COMMUNITY' AS row, null AS community, null AS locality, c.id AS id, c.name AS name,
                   null AS kind, true AS own, [] AS through
            UNION ALL
            MATCH (l:Locality)
            RETURN 'LOCALITY' AS row, null AS community, null AS locality, l.id AS id, l.name AS name,
                   l.kind AS kind, true AS own, [] AS through
            UNION ALL
            MATCH (o:Organisation)-[s:SUPPORTS]->(c:Community)
            WHERE o.retired IS NULL AND coalesce(s.status, '') <> 'WITHDRAWN' AND VISIBLE(o, o) AND VISIBLE(s, o)
            """ + ORGANISATION_PLACES + """
            WITH c, l, o, count(*) AS places, collect(network) AS networks
            RETURN 'ORGANISATION' AS row, c.id AS community, l.id AS locality, o.id AS id, o.name AS name,
                   o.kind AS kind, places > size(networks) AS own,
                   CASE WHEN places > size(networks) THEN [] ELSE networks END AS through
            UNION ALL
            MATCH (g)-[s:SUPPORTS]->(c:Community), (g)-[r:OPERATES_IN]->(:Locality)-[:PART_OF*0..]->(l:Locality)
            WHERE (g:Network OR g:Consortium) AND g.retired IS NULL
              AND coalesce(s.status, '') <> 'WITHDRAWN' AND coalesce(r.status, '') <> 'WITHDRAWN'
              AND VISIBLE(s, g) AND VISIBLE(r, g)
            RETURN DISTINCT CASE WHEN g:Network THEN 'NETWORK' ELSE 'CONSORTIUM' END AS row,
                   c.id AS community, l.id AS locality, g.id AS id, g.name AS name,
                   coalesce(g.formality, g.structure) AS kind, true AS own, [] AS through
            UNION ALL
            MATCH (o:Organisation)-[m:MEMBER_OF]->(n:Network), (o)-[s:SUPPORTS]->(c:Community)
            WHERE o.retired IS NULL AND n.retired IS NULL
              AND coalesce(m.status, '') <> 'WITHDRAWN' AND coalesce(s.status, '') <> 'WITHDRAWN'
              AND VISIBLE(o, o) AND VISIBLE(m, o) AND VISIBLE(s, o)
            CALL (o, n) {
              MATCH (o)-[r:OPERATES_IN]->(:Locality)-[:PART_OF*0..]->(l:Locality)
              WHERE coalesce(r.status, '') <> 'WITHDRAWN' AND VISIBLE(r, o)
              RETURN l
              UNION
              MATCH (n)-[r:OPERATES_IN]->(:Locality)-[:PART_OF*0..]->(l:Locality)
              WHERE coalesce(r.status, '') <> 'WITHDRAWN' AND VISIBLE(r, n)
              RETURN l
            }
            RETURN 'NETWORK' AS row, c.id AS community, l.id AS locality, n.id AS id, n.name AS name,
                   n.formality AS kind, false AS own, collect(DISTINCT o.id) AS through
            UNION ALL
            MATCH (o:Organisation)-[p:PARTNER_IN]->(k:Consortium), (o)-[s:SUPPORTS]->(c:Community)
            WHERE o.retired IS NULL AND k.retired IS NULL
              AND coalesce(p.status, '') <> 'WITHDRAWN' AND coalesce(s.status, '') <> 'WITHDRAWN'
              AND VISIBLE(o, o) AND VISIBLE(p, o) AND VISIBLE(s, o)
            """ + ORGANISATION_PLACES + """
            RETURN 'CONSORTIUM' AS row, c.id AS community, l.id AS locality, k.id AS id, k.name AS name,
                   k.structure AS kind, false AS own, collect(DISTINCT o.id) AS through
            """);

    private Graph graph;

    protected Neo4jCoverageRepository() {
        // for CDI proxies
    }

    @Inject
    public Neo4jCoverageRepository(Graph graph) {
        this.graph = graph;
    }

    @Override
    public CoverageMatrix compute(int organisationsPerCell, Viewer viewer) {
        CoverageMatrixBuilder builder = new CoverageMatrixBuilder();
        graph.read(tx -> {
            tx.run(COVERAGE, VisibilityRule.with(java.util.Map.of(), viewer)).forEachRemaining(r -> add(builder, r));
            return null;
        });
        return builder.build(organisationsPerCell);
    }

    private static void add(CoverageMatrixBuilder builder, Record r) {
        Ref ref = new Ref(text(r, "id"), text(r, "name"), text(r, "kind"));
        CellKey key = new CellKey(text(r, "community"), text(r, "locality"));
        boolean own = r.get("own").asBoolean();
        var through = r.get("through").asList(Value::asString);
        switch (r.get("row").asString()) {
            case "COMMUNITY" -> builder.community(ref);
            case "LOCALITY" -> builder.locality(ref);
            case "ORGANISATION" -> builder.organisation(key,
                    new CellOrganisation(ref.id(), ref.name(), ref.kind(), own, through));
            case "NETWORK" -> builder.network(key, new CellGroup(ref.id(), ref.name(), ref.kind(), own, through));
            default -> builder.consortium(key, new CellGroup(ref.id(), ref.name(), ref.kind(), own, through));
        }
    }
}
