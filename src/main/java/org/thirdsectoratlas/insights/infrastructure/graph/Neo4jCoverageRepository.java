package org.thirdsectoratlas.insights.infrastructure.graph;

import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;

import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.thirdsectoratlas.insights.domain.CoverageFacts;
import org.thirdsectoratlas.insights.domain.CoverageMatrix;
import org.thirdsectoratlas.insights.domain.CoverageRepository;
import org.thirdsectoratlas.insights.domain.Ref;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;

/**
 * The coverage matrix from one read transaction of flat rows (ids only, no per-organisation aggregation in
 * Cypher), computed in memory by {@link CoverageFacts}. At 200,000 organisations this reads ~2 million short
 * rows; the former single aggregating query built a row per organisation × community × place × network and
 * did not finish within minutes at that size.
 */
@ApplicationScoped
public class Neo4jCoverageRepository implements CoverageRepository {

    static final String COMMUNITIES = "MATCH (c:Community) RETURN c.id AS id, c.name AS name";

    static final String LOCALITIES = "MATCH (l:Locality) RETURN l.id AS id, l.name AS name, l.kind AS kind";

    static final String PART_OF = "MATCH (a:Locality)-[:PART_OF]->(b:Locality) RETURN a.id AS from, b.id AS to";

    static final String GROUPS = """
            MATCH (g:Network|Consortium) WHERE g.retired IS NULL
            RETURN g.id AS id, g.name AS name, coalesce(g.formality, g.structure) AS kind, g:Network AS network
            """;

    /** A network's or consortium's own ties that count. */
    static final String GROUP_TIES = VisibilityRule.expand("""
            MATCH (g:Network|Consortium)-[t:SUPPORTS|OPERATES_IN]->(x:Community|Locality)
            WHERE g.retired IS NULL AND coalesce(t.status, '') <> 'WITHDRAWN' AND VISIBLE(t, g)
              AND (x:Community) = (type(t) = 'SUPPORTS')
            RETURN g.id AS from, type(t) AS type, x.id AS to
            """);

    /**
     * One row per counted organisation with the ids its counted ties lead to: 200,000 records rather than
     * 1.7 million, and the organisation's own visibility checked once rather than per tie.
     */
    static final String ORGANISATIONS = VisibilityRule.expand("""
            MATCH (o:Organisation) WHERE o.retired IS NULL AND VISIBLE(o, o)
            RETURN o.id AS id, o.name AS name, o.kind AS kind,
                   COLLECT { MATCH (o)-[t:SUPPORTS]->(x:Community)
                             WHERE coalesce(t.status, '') <> 'WITHDRAWN' AND VISIBLE(t, o) RETURN x.id } AS supports,
                   COLLECT { MATCH (o)-[t:OPERATES_IN]->(x:Locality)
                             WHERE coalesce(t.status, '') <> 'WITHDRAWN' AND VISIBLE(t, o) RETURN x.id } AS places,
                   COLLECT { MATCH (o)-[t:MEMBER_OF]->(x:Network)
                             WHERE coalesce(t.status, '') <> 'WITHDRAWN' AND x.retired IS NULL AND VISIBLE(t, o)
                             RETURN x.id } AS networks,
                   COLLECT { MATCH (o)-[t:PARTNER_IN]->(x:Consortium)
                             WHERE coalesce(t.status, '') <> 'WITHDRAWN' AND x.retired IS NULL AND VISIBLE(t, o)
                             RETURN x.id } AS consortia
            """);

    private static final Logger LOG = Logger.getLogger(Neo4jCoverageRepository.class.getName());

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
        CoverageFacts facts = new CoverageFacts();
        Map<String, Object> params = VisibilityRule.with(Map.of(), viewer);
        long started = System.nanoTime();
        graph.readLong(tx -> {
            tx.run(COMMUNITIES).forEachRemaining(r -> facts.community(new Ref(text(r, "id"), text(r, "name"), null)));
            tx.run(LOCALITIES).forEachRemaining(r -> facts.locality(ref(r)));
            tx.run(PART_OF).forEachRemaining(r -> facts.partOf(text(r, "from"), text(r, "to")));
            tx.run(GROUPS).forEachRemaining(r -> facts.group(ref(r), r.get("network").asBoolean()));
            tx.run(GROUP_TIES, params).forEachRemaining(r -> facts.groupTie(text(r, "from"), tie(r), text(r, "to")));
            tx.run(ORGANISATIONS, params).forEachRemaining(r -> {
                Ref o = ref(r);
                facts.organisation(o);
                ties(facts, o.id(), CoverageFacts.Tie.SUPPORTS, r.get("supports"));
                ties(facts, o.id(), CoverageFacts.Tie.OPERATES_IN, r.get("places"));
                ties(facts, o.id(), CoverageFacts.Tie.MEMBER_OF, r.get("networks"));
                ties(facts, o.id(), CoverageFacts.Tie.PARTNER_IN, r.get("consortia"));
            });
            return null;
        });
        long read = System.nanoTime();
        CoverageMatrix matrix = facts.compute(organisationsPerCell);
        LOG.info(() -> String.format("Coverage: facts read in %d ms, matrix computed in %d ms (%,d cells)",
                (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000, matrix.cells().size()));
        return matrix;
    }

    private static Ref ref(Record r) {
        return new Ref(text(r, "id"), text(r, "name"), text(r, "kind"));
    }

    private static void ties(CoverageFacts facts, String organisation, CoverageFacts.Tie type, Value targets) {
        for (Value target : targets.values()) {
            facts.organisationTie(organisation, type, target.asString(null));
        }
    }

    private static CoverageFacts.Tie tie(Record r) {
        return CoverageFacts.Tie.valueOf(r.get("type").asString());
    }
}
