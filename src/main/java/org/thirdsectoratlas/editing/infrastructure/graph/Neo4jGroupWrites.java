package org.thirdsectoratlas.editing.infrastructure.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.neo4j.driver.TransactionContext;
import org.thirdsectoratlas.editing.domain.ConsortiumDraft;
import org.thirdsectoratlas.editing.domain.ContractDraft;
import org.thirdsectoratlas.editing.domain.GroupDraft;
import org.thirdsectoratlas.editing.domain.GroupType;
import org.thirdsectoratlas.editing.domain.NetworkDraft;
import org.thirdsectoratlas.editing.domain.Partner;

/** The writes of a group edit: the node's properties, its members or partners, a consortium's structure, a contract's parties. */
final class Neo4jGroupWrites {

    static final String CREATE = """
            CREATE (g:%s {id: $id})
            SET g += $properties, g.version = 1, g.source = 'SELF_REPORTED', g.recordedBy = $by,
                g.recordedAt = datetime(), g.lastConfirmed = date()
            """;

    static final String UPDATE = """
            MATCH (g:%s {id: $id})
            SET g += $properties, g.version = coalesce(g.version, 0) + 1, g.recordedBy = $by,
                g.recordedAt = datetime(), g.lastConfirmed = date()
            """;

    /**
     * Withdraws the ties of organisations no longer named, records the newly named (CONFIRMED or CLAIMED) and
     * updates the role of those still named. Withdrawn ties are kept; a name that comes back gets a new tie.
     */
    static final String SET_MEMBERS = """
            MATCH (g:%2$s {id: $id})
            CALL (g) {
              MATCH (o:Organisation)-[r:%1$s]->(g)
              WHERE NOT o.id IN [m IN $members | m.organisation] AND coalesce(r.status, '') <> 'WITHDRAWN'
              SET r.status = 'WITHDRAWN', r.withdrawnBy = $by, r.withdrawnAt = datetime()
            }
            CALL (g) {
              UNWIND $members AS m
              MATCH (o:Organisation {id: m.organisation})
              OPTIONAL MATCH (o)-[live:%1$s]->(g) WHERE coalesce(live.status, '') <> 'WITHDRAWN'
              WITH o, m, head(collect(live)) AS live
              FOREACH (_ IN CASE WHEN live IS NULL THEN [1] ELSE [] END |
                CREATE (o)-[r:%1$s {tieId: m.tieId}]->(g)
                SET r.status = CASE WHEN m.confirmed THEN 'CONFIRMED' ELSE 'CLAIMED' END,
                    r.invited = CASE WHEN m.confirmed THEN null ELSE true END,
                    r.role = m.role, r.visibility = 'PUBLIC', r.source = 'SELF_REPORTED', r.recordedBy = $by,
                    r.recordedAt = datetime(), r.lastConfirmed = date(),
                    r.confirmedBy = CASE WHEN m.confirmed THEN $by END,
                    r.confirmedAt = CASE WHEN m.confirmed THEN datetime() END)
              FOREACH (_ IN CASE WHEN live IS NOT NULL AND coalesce(live.role, '') <> coalesce(m.role, '')
                                 THEN [1] ELSE [] END | SET live.role = m.role)
            }
            """;

    /** HAS_STRUCTURE mirrors the structure property; a changed structure withdraws the old tie (kept for undo). */
    static final String SET_STRUCTURE = """
            MATCH (c:Consortium {id: $id})
            CALL (c) {
              MATCH (c)-[h:HAS_STRUCTURE]->(s)
              WHERE coalesce(h.status, '') <> 'WITHDRAWN' AND ($structure IS NULL OR s.id <> $structure)
              SET h.status = 'WITHDRAWN', h.withdrawnBy = $by, h.withdrawnAt = datetime()
            }
            CALL (c) {
              MATCH (s:ConsortiumStructure {id: $structure})
              WHERE NOT EXISTS { MATCH (c)-[h:HAS_STRUCTURE]->(s) WHERE coalesce(h.status, '') <> 'WITHDRAWN' }
              CREATE (c)-[h:HAS_STRUCTURE]->(s)
              SET h.status = 'CONFIRMED', h.source = 'SELF_REPORTED', h.recordedBy = $by, h.recordedAt = datetime(),
                  h.lastConfirmed = date()
            }
            """;

    static final String SET_PARTIES = """
            MATCH (k:Contract {id: $id}), (c:Organisation {id: $commissioner}), (d:Consortium|Organisation {id: $deliverer})
            CREATE (k)-[b:COMMISSIONED_BY]->(c)
            SET b.status = $commissionerStatus, b.source = 'SELF_REPORTED', b.recordedBy = $by,
                b.recordedAt = datetime(), b.lastConfirmed = date()
            CREATE (d)-[x:DELIVERS]->(k)
            SET x.status = $delivererStatus, x.source = 'SELF_REPORTED', x.recordedBy = $by,
                x.recordedAt = datetime(), x.lastConfirmed = date()
            """;

    private Neo4jGroupWrites() {
    }

    static void writeMembers(TransactionContext tx, GroupType type, String id, GroupDraft draft,
                                     Map<String, Object> properties, Predicate<String> speaksFor, String user) {
        List<Map<String, Object>> members = new ArrayList<>();
        for (Partner p : draft.named()) {
            Map<String, Object> m = new HashMap<>();
            m.put("organisation", p.organisation());
            m.put("role", p.role());
            m.put("confirmed", speaksFor.test(p.organisation()));
            m.put("tieId", type.tie().name().toLowerCase() + "." + p.organisation() + "." + id + "."
                    + UUID.randomUUID().toString().substring(0, 8));
            members.add(m);
        }
        tx.run(SET_MEMBERS.formatted(type.tie().type(), type.label()),
                Map.of("id", id, "members", members, "by", user)).consume();
        if (type == GroupType.CONSORTIUM) {
            Map<String, Object> parameters = new HashMap<>(Map.of("id", id, "by", user));
            parameters.put("structure", properties.get("structure"));
            tx.run(SET_STRUCTURE, parameters).consume();
        }
    }

    static Map<String, Object> network(NetworkDraft draft) {
        Map<String, Object> p = named(draft.name(), draft.description());
        p.put("formality", draft.formality());
        return p;
    }

    static Map<String, Object> consortium(ConsortiumDraft draft) {
        Map<String, Object> p = named(draft.name(), draft.description());
        p.put("structure", draft.structure());
        return p;
    }

    static Map<String, Object> contract(ContractDraft draft) {
        Map<String, Object> p = named(draft.name(), draft.description());
        p.put("value", draft.value() == null ? null : draft.value().doubleValue());
        p.put("startDate", draft.start());
        p.put("endDate", draft.end());
        return p;
    }

    static Map<String, Object> named(String name, String description) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", name.strip());
        p.put("description", description);
        return p;
    }

    static String status(boolean confirmed) {
        return confirmed ? "CONFIRMED" : "CLAIMED";
    }

    static List<String> distinct(List<String> ids) {
        return List.copyOf(new LinkedHashSet<>(ids));
    }
}
