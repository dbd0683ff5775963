package org.thirdsectoratlas.insights.infrastructure.graph;

import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Value;
import org.thirdsectoratlas.consortia.readiness.infrastructure.graph.Neo4jReadinessRepository;
import org.thirdsectoratlas.insights.domain.LeadExposure;
import org.thirdsectoratlas.insights.domain.LeadExposureRepository;
import org.thirdsectoratlas.insights.domain.LeadPartner;
import org.thirdsectoratlas.insights.domain.LedConsortium;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;

@ApplicationScoped
public class Neo4jLeadExposureRepository implements LeadExposureRepository {

    /** The PARTNER_IN roles that carry a consortium's contract management (LEAD_PARTNER and UMBRELLA). */
    static final List<String> LEAD_ROLES = List.of("lead", "manager");

    /** Partners, partnerships and contracts as the viewer may see them (counts included). */
    static final String LEAD_EXPOSURE = VisibilityRule.expand("""
            RETURN
              COUNT { MATCH (k:Consortium) WHERE k.retired IS NULL } AS consortia,
              COUNT { MATCH (o:Organisation)-[p:PARTNER_IN]->(:Consortium)
                      WHERE coalesce(p.status, '') <> 'WITHDRAWN' AND VISIBLE(o, o) AND VISIBLE(p, o) } AS partnerships,
              COUNT { MATCH (o:Organisation)-[p:PARTNER_IN]->(:Consortium)
                      WHERE coalesce(p.status, '') <> 'WITHDRAWN' AND p.role IS NOT NULL AND VISIBLE(o, o) AND VISIBLE(p, o) }
                AS partnershipsWithRole,
              COLLECT {
                MATCH (i:ChecklistItem) WHERE i.category = 'KEY_RISK' AND i.evidence IN $riskEvidence
                RETURN i {.id, .category, .stage, .audience, .position, .parent, .text, .evidence} ORDER BY i.position
              } AS risks,
              COLLECT {
                MATCH (o:Organisation)-[p:PARTNER_IN]->(k:Consortium)
                WHERE p.role IN $leadRoles AND coalesce(p.status, '') <> 'WITHDRAWN'
                  AND o.retired IS NULL AND k.retired IS NULL AND VISIBLE(o, o) AND VISIBLE(p, o)
                WITH o, k, p.role AS role ORDER BY k.name
                WITH o, collect(k) AS led, collect(k {.id, .name, .structure, role: role,
                       otherPartners: COUNT { MATCH (x:Organisation)-[q:PARTNER_IN]->(k)
                                              WHERE x <> o AND coalesce(q.status, '') <> 'WITHDRAWN'
                                                AND VISIBLE(x, x) AND VISIBLE(q, x) },
                       contracts: COUNT { MATCH (k)-[d:DELIVERS]->(:Contract)
                                          WHERE coalesce(d.status, '') <> 'WITHDRAWN' AND VISIBLE(d, k) }}) AS consortia
                CALL (o, led) {
                  UNWIND led AS k
                  OPTIONAL MATCH (x:Organisation)-[q:PARTNER_IN]->(k)
                  WHERE x <> o AND coalesce(q.status, '') <> 'WITHDRAWN' AND x.retired IS NULL
                    AND VISIBLE(x, x) AND VISIBLE(q, x)
                  RETURN count(DISTINCT x) AS dependentPartners
                }
                CALL (led) {
                  UNWIND led AS k
                  OPTIONAL MATCH (k)-[d:DELIVERS]->(c:Contract) WHERE coalesce(d.status, '') <> 'WITHDRAWN' AND VISIBLE(d, k)
                  WITH DISTINCT c
                  RETURN count(c) AS contracts, sum(coalesce(toFloat(c.value), 0.0)) AS contractValue
                }
                WITH o, consortia, dependentPartners, contracts, contractValue
                ORDER BY dependentPartners DESC, contracts DESC, o.name
                RETURN {id: o.id, name: o.name, kind: o.kind, consortia: consortia,
                        dependentPartners: dependentPartners, contracts: contracts, contractValue: contractValue}
              } AS leads
            """);

    private Graph graph;

    protected Neo4jLeadExposureRepository() {
        // for CDI proxies
    }

    @Inject
    public Neo4jLeadExposureRepository(Graph graph) {
        this.graph = graph;
    }

    @Override
    public LeadExposure compute(List<String> riskEvidence, Viewer viewer) {
        return graph.readLong(tx -> {
            var r = tx.run(LEAD_EXPOSURE, VisibilityRule.with(Map.of("riskEvidence", riskEvidence, "leadRoles", LEAD_ROLES),
                    viewer)).single();
            return LeadExposure.of(r.get("leads").asList(Neo4jLeadExposureRepository::toLead),
                    r.get("risks").asList(Neo4jReadinessRepository::toItem),
                    r.get("consortia").asLong(), r.get("partnerships").asLong(),
                    r.get("partnershipsWithRole").asLong());
        });
    }

    private static LeadPartner toLead(Value l) {
        return new LeadPartner(text(l, "id"), text(l, "name"), text(l, "kind"),
                l.get("consortia").asList(k -> new LedConsortium(text(k, "id"), text(k, "name"), text(k, "structure"),
                        text(k, "role"), k.get("otherPartners").asLong(), k.get("contracts").asLong())),
                l.get("dependentPartners").asLong(), l.get("contracts").asLong(), l.get("contractValue").asDouble());
    }
}
