package org.thirdsectoratlas.insights.infrastructure.graph;

import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Value;
import org.thirdsectoratlas.insights.domain.CommunityServed;
import org.thirdsectoratlas.insights.domain.Count;
import org.thirdsectoratlas.insights.domain.FormalityMix;
import org.thirdsectoratlas.insights.domain.Summary;
import org.thirdsectoratlas.insights.domain.SummaryRepository;
import org.thirdsectoratlas.insights.domain.TieCount;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;

@ApplicationScoped
public class Neo4jSummaryRepository implements SummaryRepository {

    /** Every count is of what the viewer may see (a count must not reveal a hidden fact). */
    static final String SUMMARY = VisibilityRule.expand("""
            RETURN
              COLLECT { MATCH (o:Organisation) WHERE o.retired IS NULL AND VISIBLE(o, o)
                        WITH coalesce(o.kind, 'UNSTATED') AS key, count(*) AS count
                        RETURN {key: key, count: count} ORDER BY key } AS organisationsByKind,
              COLLECT { MATCH (n:Network) WHERE n.retired IS NULL
                        WITH coalesce(n.formality, 'UNSTATED') AS key, count(*) AS count
                        RETURN {key: key, count: count} ORDER BY key } AS networksByFormality,
              COLLECT { MATCH (k:Consortium) WHERE k.retired IS NULL
                        WITH coalesce(k.structure, 'UNSTATED') AS key, count(*) AS count
                        RETURN {key: key, count: count} ORDER BY key } AS consortiaByStructure,
              COLLECT { MATCH (a)-[r:MEMBER_OF|PARTNER_IN|COLLABORATES_WITH|SHARES|SUPPORTED_BY]->(b)
                        WHERE VISIBLE(a, a) AND VISIBLE(b, b) AND VISIBLE(r, a, b)
                        WITH type(r) AS kind, coalesce(r.status, 'UNSTATED') AS status, count(*) AS count
                        RETURN {kind: kind, status: status, count: count} ORDER BY kind, status } AS ties,
              COUNT { MATCH (o:Organisation) WHERE o.retired IS NULL AND o.kind IN $thirdSectorKinds AND VISIBLE(o, o) }
                AS thirdSector,
              COLLECT {
                UNWIND ['INFORMAL', 'SEMI_FORMAL', 'FORMAL'] AS f
                OPTIONAL MATCH (t:TrendFigure {formality: f})
                RETURN {formality: f, measure: t.measure, engaged: t.percentEngaged, interested: t.percentInterested,
                  networks: COUNT { MATCH (n:Network) WHERE n.formality = f AND n.retired IS NULL },
                  organisations: COUNT {
                    MATCH (o:Organisation) WHERE o.retired IS NULL AND o.kind IN $thirdSectorKinds AND VISIBLE(o, o) AND (
                      EXISTS { MATCH (o)-[m:MEMBER_OF]->(n:Network)
                               WHERE n.formality = f AND coalesce(m.status, '') <> 'WITHDRAWN' AND VISIBLE(m, o) }
                      OR EXISTS { MATCH (o)-[c:COLLABORATES_WITH]-(x:Organisation)
                                  WHERE c.formality = f AND coalesce(c.status, '') <> 'WITHDRAWN'
                                    AND VISIBLE(x, x) AND VISIBLE(c, o, x) }
                      OR (f = 'FORMAL' AND EXISTS { MATCH (o)-[p:PARTNER_IN]->(:Consortium)
                                                    WHERE coalesce(p.status, '') <> 'WITHDRAWN' AND VISIBLE(p, o) })) } }
              } AS formality,
              COUNT { MATCH (o:Organisation) WHERE o.retired IS NULL AND o.kind IN $thirdSectorKinds AND VISIBLE(o, o)
                        AND EXISTS { MATCH (o)-[s:SUPPORTS]->(:Community)
                                     WHERE coalesce(s.status, '') <> 'WITHDRAWN' AND VISIBLE(s, o) }
              } AS statingCommunities,
              COLLECT {
                MATCH (c:Community)
                RETURN c {.id, .name, .surveyPrimaryPercent, .surveyAdditionalPercent,
                  organisations: COUNT { MATCH (o:Organisation)-[s:SUPPORTS]->(c)
                                         WHERE o.retired IS NULL AND o.kind IN $thirdSectorKinds
                                           AND coalesce(s.status, '') <> 'WITHDRAWN' AND VISIBLE(o, o) AND VISIBLE(s, o) }}
                ORDER BY coalesce(c.surveyPrimaryPercent, 0) + coalesce(c.surveyAdditionalPercent, 0) DESC, c.name
              } AS communities
            """);

    private Graph graph;

    protected Neo4jSummaryRepository() {
        // for CDI proxies
    }

    @Inject
    public Neo4jSummaryRepository(Graph graph) {
        this.graph = graph;
    }

    @Override
    public Summary compute(Viewer viewer) {
        return graph.readLong(tx -> {
            var r = tx.run(SUMMARY, VisibilityRule.with(Map.of("thirdSectorKinds", Summary.THIRD_SECTOR_KINDS), viewer))
                    .single();
            long thirdSector = r.get("thirdSector").asLong();
            long stating = r.get("statingCommunities").asLong();
            return new Summary(counts(r.get("organisationsByKind")), counts(r.get("networksByFormality")),
                    counts(r.get("consortiaByStructure")),
                    r.get("ties").asList(t -> new TieCount(text(t, "kind"), text(t, "status"), t.get("count").asLong())),
                    thirdSector,
                    r.get("formality").asList(f -> FormalityMix.of(text(f, "formality"), text(f, "measure"),
                            integer(f, "engaged"), integer(f, "interested"), f.get("networks").asLong(),
                            f.get("organisations").asLong(), thirdSector)),
                    stating,
                    r.get("communities").asList(c -> CommunityServed.of(text(c, "id"), text(c, "name"),
                            integer(c, "surveyPrimaryPercent"), integer(c, "surveyAdditionalPercent"),
                            c.get("organisations").asLong(), stating)));
        });
    }

    private static List<Count> counts(Value list) {
        return list.asList(c -> new Count(text(c, "key"), c.get("count").asLong()));
    }

    private static Integer integer(Value map, String key) {
        Value v = map.get(key);
        return v.isNull() ? null : v.asInt();
    }
}
