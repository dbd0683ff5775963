package org.thirdsectoratlas.organisations.infrastructure.graph;

import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.thirdsectoratlas.organisations.domain.Collaborator;
import org.thirdsectoratlas.organisations.domain.Collaborator.Tie;
import org.thirdsectoratlas.organisations.domain.Collaborator.Via;
import org.thirdsectoratlas.organisations.domain.Collaborators;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;

/**
 * "Who does this organisation work with, and how?" over the ties of trust of docs/graph-model.md:
 * collaboration, co-membership of a network, co-partnership in a consortium, a shared resource and
 * infrastructure support. Never "both serve the same community" or "both work in the same place".
 */
final class CollaboratorQuery {

    /**
     * One row per (collaborator, tie). Co-members of a network are capped at $perNetwork (by name) so a
     * network of 500 members does not return 500 rows; {@link #BIG_NETWORKS} reports what was left out. So are
     * the organisations on each side of infrastructure support (a city's hub supports thousands);
     * {@link #SUPPORT_COUNTS} counts them.
     * A tie made of two relationships is CONFIRMED only when both are.
     */
    static final String TIES = SupportTies.expand("""
            MATCH (o:Organisation {id: $id}) WHERE o.retired IS NULL AND VISIBLE(o, o)
            CALL (o) {
              MATCH (o)-[c:COLLABORATES_WITH]-(x:Organisation)
              WHERE x <> o AND x.retired IS NULL AND coalesce(c.status, '') <> 'WITHDRAWN'
                AND VISIBLE(x, x) AND VISIBLE(c, o, x)
              RETURN x, 'COLLABORATION' AS type, null AS via, c.kind AS kind, c.formality AS formality,
                     c.status AS status, null AS roles
              UNION ALL
              MATCH (o)-[m:MEMBER_OF]->(n:Network) WHERE coalesce(m.status, '') <> 'WITHDRAWN' AND VISIBLE(m, o)
              CALL (o, n) {
                MATCH (n)<-[m2:MEMBER_OF]-(x:Organisation)
                WHERE x <> o AND x.retired IS NULL AND coalesce(m2.status, '') <> 'WITHDRAWN'
                  AND VISIBLE(x, x) AND VISIBLE(m2, x)
                RETURN x, m2 ORDER BY x.name, x.id LIMIT $perNetwork
              }
              RETURN x, 'SHARED_NETWORK' AS type, n {.id, .name} AS via, null AS kind, n.formality AS formality,
                     CASE WHEN m.status = 'CONFIRMED' AND m2.status = 'CONFIRMED' THEN 'CONFIRMED' ELSE 'CLAIMED' END
                       AS status, null AS roles
              UNION ALL
              MATCH (o)-[p:PARTNER_IN]->(c:Consortium)<-[p2:PARTNER_IN]-(x:Organisation)
              WHERE x <> o AND x.retired IS NULL
                AND coalesce(p.status, '') <> 'WITHDRAWN' AND coalesce(p2.status, '') <> 'WITHDRAWN'
                AND VISIBLE(x, x) AND VISIBLE(p, o) AND VISIBLE(p2, x)
              RETURN x, 'CONSORTIUM_PARTNER' AS type, c {.id, .name} AS via, null AS kind, 'FORMAL' AS formality,
                     CASE WHEN p.status = 'CONFIRMED' AND p2.status = 'CONFIRMED' THEN 'CONFIRMED' ELSE 'CLAIMED' END
                       AS status, [p.role, p2.role] AS roles
              UNION ALL
              MATCH (o)-[s:SHARES]->(r:Resource)<-[s2:SHARES]-(x:Organisation)
              WHERE x <> o AND x.retired IS NULL
                AND coalesce(s.status, '') <> 'WITHDRAWN' AND coalesce(s2.status, '') <> 'WITHDRAWN'
                AND VISIBLE(x, x) AND VISIBLE(s, o) AND VISIBLE(s2, x)
              RETURN x, 'SHARED_RESOURCE' AS type, r {.id, .name} AS via, r.kind AS kind, null AS formality,
                     CASE WHEN s.status = 'CONFIRMED' AND s2.status = 'CONFIRMED' THEN 'CONFIRMED' ELSE 'CLAIMED' END
                       AS status, null AS roles
              UNION ALL
              MATCH (o)-[s:SUPPORTED_BY]->(x:Organisation)
              WHERE x <> o AND x.retired IS NULL AND coalesce(s.status, '') <> 'WITHDRAWN'
              WITH o, x, s, PUBLIC(x, s) AS open WHERE open OR (VISIBLE(x, x) AND VISIBLE(s, o, x))
              WITH x, s ORDER BY x.name, x.id LIMIT $perNetwork
              RETURN x, 'SUPPORTED_BY' AS type, null AS via, null AS kind, null AS formality, s.status AS status,
                     null AS roles
              UNION ALL
              MATCH (o)<-[s:SUPPORTED_BY]-(x:Organisation)
              WHERE x <> o AND x.retired IS NULL AND coalesce(s.status, '') <> 'WITHDRAWN'
              WITH o, x, s, PUBLIC(x, s) AS open WHERE open OR (VISIBLE(x, x) AND VISIBLE(s, o, x))
              WITH x, s ORDER BY x.name, x.id LIMIT $perNetwork
              RETURN x, 'SUPPORTS' AS type, null AS via, null AS kind, null AS formality, s.status AS status,
                     null AS roles
            }
            RETURN o.name AS self, x.id AS id, x.name AS name, x.kind AS orgKind, type, via, kind, formality,
                   status, roles
            ORDER BY x.name, x.id, type, via.name
            """);

    /** The capped networks, counting only the co-members the viewer may see (a count reveals nothing hidden). */
    static final String BIG_NETWORKS = VisibilityRule.expand("""
            MATCH (o:Organisation {id: $id})-[m:MEMBER_OF]->(n:Network)
            WHERE coalesce(m.status, '') <> 'WITHDRAWN' AND VISIBLE(m, o)
            WITH o, n, COUNT {
              MATCH (n)<-[m2:MEMBER_OF]-(x:Organisation)
              WHERE x <> o AND x.retired IS NULL AND coalesce(m2.status, '') <> 'WITHDRAWN'
                AND VISIBLE(x, x) AND VISIBLE(m2, x)
            } AS coMembers
            WHERE coMembers > $perNetwork
            RETURN n.id AS id, n.name AS name, coMembers ORDER BY n.name
            """);

    /** Infrastructure support per direction, counting only the ties and organisations the viewer may see. */
    static final String SUPPORT_COUNTS = SupportTies.expand("""
            MATCH (o:Organisation {id: $id})
            CALL (o) {
              MATCH (o)-[s:SUPPORTED_BY]->(x:Organisation)
              WHERE x <> o AND x.retired IS NULL AND coalesce(s.status, '') <> 'WITHDRAWN'
              WITH o, x, s, PUBLIC(x, s) AS open WHERE open OR (VISIBLE(x, x) AND VISIBLE(s, o, x))
              RETURN count(*) AS SUPPORTED_BY
            }
            CALL (o) {
              MATCH (o)<-[s:SUPPORTED_BY]-(x:Organisation)
              WHERE x <> o AND x.retired IS NULL AND coalesce(s.status, '') <> 'WITHDRAWN'
              WITH o, x, s, PUBLIC(x, s) AS open WHERE open OR (VISIBLE(x, x) AND VISIBLE(s, o, x))
              RETURN count(*) AS SUPPORTS
            }
            RETURN SUPPORTED_BY, SUPPORTS
            """);

    static final String NAME = VisibilityRule.expand("""
            MATCH (o:Organisation {id: $id}) WHERE o.retired IS NULL AND VISIBLE(o, o) RETURN o.name AS name
            """);

    private final Graph graph;

    CollaboratorQuery(Graph graph) {
        this.graph = graph;
    }

    /** Only the ties and organisations the viewer may see; empty when the organisation is unknown to them. */
    Optional<Collaborators> run(String id, int perNetwork, Viewer viewer) {
        Map<String, Object> params = VisibilityRule.with(Map.of("id", id, "perNetwork", perNetwork), viewer);
        return graph.read(tx -> {
            var self = tx.run(NAME, params).list();
            if (self.isEmpty()) {
                return Optional.empty();
            }
            var rows = tx.run(TIES, params).list();
            var big = tx.run(BIG_NETWORKS, params).list(r -> new Collaborators.TruncatedNetwork(
                    text(r, "id"), text(r, "name"), r.get("coMembers").asLong(),
                    r.get("coMembers").asLong() - perNetwork));
            Record counts = tx.run(SUPPORT_COUNTS, params).single();
            var support = counts.keys().stream()
                    .filter(type -> counts.get(type).asLong() > perNetwork)
                    .map(type -> new Collaborators.TruncatedSupport(type, counts.get(type).asLong(),
                            counts.get(type).asLong() - perNetwork))
                    .toList();
            return Optional.of(new Collaborators(id, text(self.get(0), "name"), perNetwork, group(rows), big,
                    support));
        });
    }

    /** Rows arrive ordered by collaborator, so grouping keeps that order. */
    private static List<Collaborator> group(List<Record> rows) {
        Map<String, List<Tie>> ties = new LinkedHashMap<>();
        Map<String, Record> first = new LinkedHashMap<>();
        for (Record row : rows) {
            String other = text(row, "id");
            first.putIfAbsent(other, row);
            ties.computeIfAbsent(other, k -> new ArrayList<>()).add(tie(row));
        }
        return first.values().stream().map(r -> new Collaborator(text(r, "id"), text(r, "name"),
                text(r, "orgKind"), ties.get(text(r, "id")))).toList();
    }

    private static Tie tie(Record row) {
        Value v = row.get("via");
        Via via = v.isNull() ? null : new Via(text(v, "id"), text(v, "name"));
        List<String> roles = row.get("roles").isNull() ? null
                : row.get("roles").asList(r -> r.isNull() ? null : r.asString());
        String type = text(row, "type");
        return new Tie(type, via, text(row, "kind"), text(row, "formality"), text(row, "status"), roles,
                explain(type, via, text(row, "self"), text(row, "name")));
    }

    /** The tie in words, as a pathway hop would say it. */
    static String explain(String type, Via via, String self, String other) {
        return switch (type) {
            case "COLLABORATION" -> self + " collaborates with " + other;
            case "SHARED_NETWORK" -> "both members of " + via.name();
            case "CONSORTIUM_PARTNER" -> "partners in the " + via.name();
            case "SHARED_RESOURCE" -> "both share " + via.name();
            case "SUPPORTED_BY" -> self + " is supported by " + other;
            case "SUPPORTS" -> other + " is supported by " + self;
            default -> type;
        };
    }
}
