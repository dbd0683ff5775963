package org.thirdsectoratlas.insights.infrastructure.graph;

import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Value;
import org.thirdsectoratlas.insights.domain.CollaborationGroup;
import org.thirdsectoratlas.insights.domain.CollaborationRepository;
import org.thirdsectoratlas.insights.domain.Collaborations;
import org.thirdsectoratlas.insights.domain.Member;
import org.thirdsectoratlas.insights.domain.Ref;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;
import org.thirdsectoratlas.shared.domain.UnknownIdException;

/**
 * Who works together for a community and/or in a locality. The organisations in scope follow the
 * coverage rule (own SUPPORTS; own OPERATES_IN or a network's, rolled up through PART_OF); the read
 * starts from the community (or locality) node, never from every organisation.
 */
@ApplicationScoped
public class Neo4jCollaborationRepository implements CollaborationRepository {

    /** At most this many groups of each tie, and members listed per group. */
    public static final int LIMIT = 100;

    /** Every organisation, group member and tie passes the privacy rule for $viewer. */
    static final String COLLABORATIONS = VisibilityRule.expand("""
            OPTIONAL MATCH (c:Community {id: $community})
            OPTIONAL MATCH (l:Locality {id: $locality})
            CALL (c, l) {
              CALL (c, l) {
                MATCH (c)<-[s:SUPPORTS]-(o:Organisation) WHERE coalesce(s.status, '') <> 'WITHDRAWN' AND VISIBLE(s, o)
                RETURN o
                UNION
                MATCH (l)<-[:PART_OF*0..]-(:Locality)<-[r:OPERATES_IN]-(o:Organisation)
                WHERE $community IS NULL AND coalesce(r.status, '') <> 'WITHDRAWN' AND VISIBLE(r, o)
                RETURN o
                UNION
                MATCH (l)<-[:PART_OF*0..]-(:Locality)<-[r:OPERATES_IN]-(n:Network)<-[m:MEMBER_OF]-(o:Organisation)
                WHERE $community IS NULL AND n.retired IS NULL
                  AND coalesce(r.status, '') <> 'WITHDRAWN' AND coalesce(m.status, '') <> 'WITHDRAWN'
                  AND VISIBLE(r, n) AND VISIBLE(m, o)
                RETURN o
              }
              WITH l, o WHERE o.retired IS NULL AND VISIBLE(o, o) AND (l IS NULL
                OR EXISTS { MATCH (o)-[r:OPERATES_IN]->(:Locality)-[:PART_OF*0..]->(l)
                            WHERE coalesce(r.status, '') <> 'WITHDRAWN' AND VISIBLE(r, o) }
                OR EXISTS { MATCH (o)-[m:MEMBER_OF]->(n:Network)-[r:OPERATES_IN]->(:Locality)-[:PART_OF*0..]->(l)
                            WHERE n.retired IS NULL AND coalesce(m.status, '') <> 'WITHDRAWN'
                              AND coalesce(r.status, '') <> 'WITHDRAWN' AND VISIBLE(m, o) AND VISIBLE(r, n) })
              RETURN collect(DISTINCT o) AS scope
            }
            RETURN c IS NOT NULL AS communityFound, l IS NOT NULL AS localityFound, size(scope) AS organisationCount,
              COLLECT { UNWIND scope AS o RETURN o {.id, .name, .kind} ORDER BY o.name LIMIT $limit } AS organisations,
              COLLECT {
                UNWIND scope AS o
                MATCH (o)-[m:MEMBER_OF|PARTNER_IN]->(g) WHERE (g:Network OR g:Consortium) AND g.retired IS NULL
                  AND coalesce(m.status, '') <> 'WITHDRAWN' AND VISIBLE(m, o)
                WITH DISTINCT g
                CALL (g, scope) {
                  MATCH (x:Organisation)-[t:MEMBER_OF|PARTNER_IN]->(g)
                  WHERE x.retired IS NULL AND coalesce(t.status, '') <> 'WITHDRAWN' AND VISIBLE(x, x) AND VISIBLE(t, x)
                  WITH x, t, x IN scope AS inScope ORDER BY inScope DESC, x.name
                  RETURN count(x) AS memberCount,
                         collect(x {.id, .name, inScope: inScope, role: t.role})[..$limit] AS members
                }
                WITH g, memberCount, members WHERE memberCount > 1
                RETURN {tie: CASE WHEN g:Network THEN 'NETWORK' ELSE 'CONSORTIUM' END, id: g.id, name: g.name,
                        kind: coalesce(g.formality, g.structure), memberCount: memberCount, members: members}
                ORDER BY g.name
              } AS groups,
              COLLECT {
                UNWIND scope AS o
                MATCH (o)-[t:COLLABORATES_WITH]-(x:Organisation)
                WHERE x.retired IS NULL AND coalesce(t.status, '') <> 'WITHDRAWN' AND VISIBLE(x, x) AND VISIBLE(t, o, x)
                WITH DISTINCT t, startNode(t) AS a, endNode(t) AS b
                RETURN {tie: 'COLLABORATION', id: null, name: a.name + ' collaborates with ' + b.name,
                        kind: t.formality, memberCount: 2,
                        members: [a {.id, .name, inScope: a IN scope, role: t.kind},
                                  b {.id, .name, inScope: b IN scope, role: t.kind}]}
                ORDER BY a.name, b.name LIMIT $limit
              } AS collaborations,
              COLLECT {
                UNWIND scope AS o
                MATCH (o)-[s:SHARES]->(r:Resource)<-[s2:SHARES]-(x)
                WHERE x <> o AND coalesce(s.status, '') <> 'WITHDRAWN' AND coalesce(s2.status, '') <> 'WITHDRAWN'
                  AND VISIBLE(s, o) AND VISIBLE(x, x) AND VISIBLE(s2, x)
                WITH DISTINCT r
                CALL (r, scope) {
                  MATCH (x)-[s:SHARES]->(r) WHERE (x:Organisation OR x:Network) AND x.retired IS NULL
                    AND coalesce(s.status, '') <> 'WITHDRAWN' AND VISIBLE(x, x) AND VISIBLE(s, x)
                  WITH x, s, x IN scope AS inScope ORDER BY inScope DESC, x.name
                  RETURN count(x) AS memberCount, collect(x {.id, .name, inScope: inScope, role: s.kind})[..$limit] AS members
                }
                RETURN {tie: 'SHARED_RESOURCE', id: r.id, name: r.name, kind: r.kind, memberCount: memberCount,
                        members: members}
                ORDER BY r.name LIMIT $limit
              } AS sharedResources
            """);

    private Graph graph;

    protected Neo4jCollaborationRepository() {
        // for CDI proxies
    }

    @Inject
    public Neo4jCollaborationRepository(Graph graph) {
        this.graph = graph;
    }

    @Override
    public Collaborations find(String community, String locality, Viewer viewer) {
        Map<String, Object> params = VisibilityRule.with(Map.of("limit", LIMIT), viewer);
        params.put("community", community);
        params.put("locality", locality);
        return graph.read(tx -> {
            var r = tx.run(COLLABORATIONS, params).single();
            if (community != null && !r.get("communityFound").asBoolean()) {
                throw new UnknownIdException("community", community);
            }
            if (locality != null && !r.get("localityFound").asBoolean()) {
                throw new UnknownIdException("locality", locality);
            }
            List<CollaborationGroup> groups = r.get("groups").asList(Neo4jCollaborationRepository::toGroup);
            return new Collaborations(community, locality, r.get("organisationCount").asLong(),
                    r.get("organisations").asList(o -> new Ref(text(o, "id"), text(o, "name"), text(o, "kind"))),
                    groups.stream().filter(g -> g.tie().equals("NETWORK")).limit(LIMIT).toList(),
                    groups.stream().filter(g -> g.tie().equals("CONSORTIUM")).limit(LIMIT).toList(),
                    r.get("collaborations").asList(Neo4jCollaborationRepository::toGroup),
                    r.get("sharedResources").asList(Neo4jCollaborationRepository::toGroup));
        });
    }

    private static CollaborationGroup toGroup(Value g) {
        return new CollaborationGroup(text(g, "tie"), text(g, "id"), text(g, "name"), text(g, "kind"),
                g.get("memberCount").asLong(),
                g.get("members").asList(m -> new Member(text(m, "id"), text(m, "name"), m.get("inScope").asBoolean(),
                        text(m, "role"))));
    }
}
