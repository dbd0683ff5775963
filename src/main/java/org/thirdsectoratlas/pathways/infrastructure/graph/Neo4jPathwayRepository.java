package org.thirdsectoratlas.pathways.infrastructure.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.thirdsectoratlas.pathways.domain.PathwayRepository;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;
import org.thirdsectoratlas.trust.domain.TieFilter;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;
import org.thirdsectoratlas.trust.infrastructure.graph.TrustRows;

/**
 * The pathway search's graph side: a bounded bidirectional expansion over ties of trust, one parameterised
 * read statement per level ({@link #EXPAND}), all in one read transaction. Groups above the soft hub limit
 * are never fanned out to their members; only the memberships of organisations already reached are read
 * ({@link #BRIDGES}), so a hub joins the two searches without flooding them. The ranking happens in Java
 * ({@code KBestPathways}) over the small graph this returns. {@link #explore} is public so that the
 * benchmark runs exactly these statements through its own driver. Every organisation, tie and membership
 * read passes the privacy rule for $viewer, so a pathway never goes through a fact the caller may not see.
 */
@ApplicationScoped
public class Neo4jPathwayRepository implements PathwayRepository {

    /**
     * One level: every usable tie and membership of the frontier organisations (which are visible: they are
     * the ends or were reached through visible facts). Hub sizes count only visible members.
     */
    public static final String EXPAND = VisibilityRule.expand("""
            UNWIND $frontier AS fid
            MATCH (x:Organisation {id: fid})
            CALL (x) {
              MATCH (x)-[r:COLLABORATES_WITH|SUPPORTED_BY]-(y:Organisation)
              WHERE y.retired IS NULL AND NOT y.id IN $avoid
                AND coalesce(r.status, 'CLAIMED') IN $statuses
                AND (NOT $formalOnly OR r.formality = 'FORMAL')
                AND VISIBLE(y, y) AND VISIBLE(r, x, y)
              RETURN 'TIE' AS row, y, r, startNode(r) = x AS outgoing, null AS g, 0 AS size
              UNION ALL
              MATCH (x)-[m:MEMBER_OF|PARTNER_IN|SHARES]->(g:Network|Consortium|Resource)
              WHERE coalesce(m.status, 'CLAIMED') IN $statuses
                AND (NOT $formalOnly OR g:Consortium OR (g:Network AND g.formality = 'FORMAL'))
                AND VISIBLE(m, x)
              WITH x, m, g, """ + TrustRows.VISIBLE_GROUP_SIZE + """
             AS size
              WHERE size <= $hardLimit OR g.id = $viaGroup
              CALL (x, m, g, size) {
                RETURN x AS y, m AS r
                UNION ALL
                MATCH (g)<-[r:MEMBER_OF|PARTNER_IN|SHARES]-(y:Organisation)
                WHERE size <= $softLimit AND y <> x AND y.retired IS NULL AND NOT y.id IN $avoid
                  AND coalesce(r.status, 'CLAIMED') IN $statuses
                  AND VISIBLE(y, y) AND VISIBLE(r, y)
                RETURN y, r
              }
              RETURN 'MEMBERSHIP' AS row, y, r, true AS outgoing, g, size
            }
            RETURN\s""" + TrustRows.COLUMNS);

    /** The memberships of the last level's organisations in the big groups already met: the hub bridges. */
    public static final String BRIDGES = VisibilityRule.expand("""
            UNWIND $frontier AS fid
            MATCH (x:Organisation {id: fid})-[r:MEMBER_OF|PARTNER_IN|SHARES]->(g:Network|Consortium|Resource)
            WHERE g.id IN $groups AND coalesce(r.status, 'CLAIMED') IN $statuses AND VISIBLE(r, x)
            WITH x, x AS y, r, g, 'MEMBERSHIP' AS row, true AS outgoing,
                 """ + TrustRows.VISIBLE_GROUP_SIZE + """
             AS size
            RETURN\s""" + TrustRows.COLUMNS);

    /** Organisations the viewer may not see are unknown to them. */
    static final String ORGANISATIONS = VisibilityRule.expand("""
            MATCH (o:Organisation) WHERE o.id IN $ids AND o.retired IS NULL AND VISIBLE(o, o)
            RETURN o.id AS id, o.name AS name
            """);

    static final String GROUP = """
            OPTIONAL MATCH (g:Network|Consortium|Resource {id: $id})
            RETURN g IS NOT NULL AS found LIMIT 1
            """;

    private Graph graph;

    protected Neo4jPathwayRepository() {
        // for CDI proxies
    }

    @Inject
    public Neo4jPathwayRepository(Graph graph) {
        this.graph = graph;
    }

    @Override
    public Map<String, String> organisations(Collection<String> ids, Viewer viewer) {
        return graph.read(tx -> {
            Map<String, String> names = new HashMap<>();
            tx.run(ORGANISATIONS, VisibilityRule.with(Map.of("ids", List.copyOf(ids)), viewer))
                    .forEachRemaining(r -> names.put(r.get("id").asString(), r.get("name").asString(r.get("id")
                            .asString())));
            return names;
        });
    }

    @Override
    public boolean groupExists(String id) {
        return graph.read(tx -> tx.run(GROUP, Map.of("id", id)).single().get("found").asBoolean());
    }

    @Override
    public TrustGraphSnapshot neighbourhood(Set<String> from, Set<String> to, int maxHops, TieFilter filter,
                                            Viewer viewer) {
        return graph.read(tx -> explore(tx, from, to, maxHops, filter, viewer));
    }

    /** The bounded bidirectional expansion, inside the caller's read transaction, over what the viewer may see. */
    public static TrustGraphSnapshot explore(TransactionContext tx, Set<String> from, Set<String> to, int maxHops,
                                             TieFilter filter, Viewer viewer) {
        var builder = TrustGraphSnapshot.builder();
        Map<String, Object> params = VisibilityRule.with(Map.of(
                "avoid", List.copyOf(filter.avoid()), "statuses", filter.statuses(),
                "formalOnly", filter.formalOnly(), "softLimit", filter.hubs().softLimit(),
                "hardLimit", filter.hubs().hardLimit()), viewer);
        params.put("viaGroup", filter.viaGroup());
        int[] radius = {(maxHops + 1) / 2, maxHops / 2};
        List<Set<String>> seen = List.of(new HashSet<>(from), new HashSet<>(to));
        List<Set<String>> frontier = List.of(new LinkedHashSet<>(from), new LinkedHashSet<>(to));
        Set<String> bigGroups = new HashSet<>();
        for (int level = 0; level < radius[0]; level++) {
            Set<String> expand = new LinkedHashSet<>(frontier.get(0));
            if (level < radius[1]) {
                expand.addAll(frontier.get(1));
            }
            if (expand.isEmpty()) {
                break;
            }
            params.put("frontier", List.copyOf(expand));
            List<Set<String>> next = List.of(new LinkedHashSet<>(), new LinkedHashSet<>());
            for (Record r : tx.run(EXPAND, params).list()) {
                TrustRows.add(builder, r);
                if (r.get("size").asInt() > filter.hubs().softLimit()) {
                    bigGroups.add(r.get("groupId").asString());
                }
                String source = r.get("source").asString();
                String reached = r.get("id").asString();
                for (int side = 0; side < 2; side++) {
                    boolean expandedThisSide = side == 0 || level < radius[1];
                    if (expandedThisSide && frontier.get(side).contains(source) && seen.get(side).add(reached)) {
                        next.get(side).add(reached);
                    }
                }
            }
            for (int side = 0; side < 2; side++) {
                if (side == 0 || level < radius[1]) {
                    frontier.get(side).clear();
                    frontier.get(side).addAll(next.get(side));
                }
            }
        }
        Set<String> lastLevel = new LinkedHashSet<>(frontier.get(0));
        lastLevel.addAll(frontier.get(1));
        if (!bigGroups.isEmpty() && !lastLevel.isEmpty()) {
            params.put("frontier", List.copyOf(lastLevel));
            params.put("groups", List.copyOf(bigGroups));
            tx.run(BRIDGES, params).forEachRemaining(r -> TrustRows.add(builder, r));
        }
        for (String id : from) {
            builder.organisation(id, null);
        }
        for (String id : to) {
            builder.organisation(id, null);
        }
        return builder.build();
    }
}
