package org.thirdsectoratlas.editing.infrastructure.graph;

import static org.thirdsectoratlas.shared.infrastructure.GraphValues.nodeProvenance;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.thirdsectoratlas.editing.domain.EditableGroup;
import org.thirdsectoratlas.editing.domain.GroupType;
import org.thirdsectoratlas.editing.domain.InvalidEditException;
import org.thirdsectoratlas.editing.domain.Tie;

/** Reads of networks, consortia and contracts inside an edit's transaction: the group with its ties, who speaks for it. */
final class Neo4jGroupReads {

    /** The node and its ties: members or partners (PARTNER_IN/MEMBER_OF) or a contract's two parties. */
    static final String FIND = """
            MATCH (g:%1$s {id: $id})
            RETURN properties(g) AS g,
                   COLLECT { MATCH (o:Organisation)-[r:%2$s]->(g)
                             RETURN {kind: $tieKind, from: o.id, to: g.id, tie: properties(r)} AS tie
                             ORDER BY r.role IN ['lead', 'manager'] DESC, o.id } AS ties
            """;

    static final String FIND_CONTRACT = """
            MATCH (g:Contract {id: $id})
            RETURN properties(g) AS g,
                   COLLECT { MATCH (g)-[r:COMMISSIONED_BY]->(c:Organisation)
                             RETURN {kind: 'COMMISSIONED_BY', from: g.id, to: c.id, tie: properties(r)} AS tie }
                 + COLLECT { MATCH (d:Consortium|Organisation)-[r:DELIVERS]->(g)
                             RETURN {kind: 'DELIVERS', from: d.id, to: g.id, tie: properties(r)} AS tie } AS ties
            """;

    /** Confirmed members or partners speak for a group; for a contract, its commissioner and its deliverer's. */
    static final String SPEAKERS = """
            MATCH (g:%1$s {id: $id})<-[r:%2$s]-(o:Organisation)
            WHERE r.status = 'CONFIRMED' AND o.retired IS NULL
            RETURN collect(DISTINCT o.id) AS ids
            """;

    static final String CONTRACT_SPEAKERS = """
            MATCH (k:Contract {id: $id})
            RETURN COLLECT { MATCH (k)-[:COMMISSIONED_BY]->(c:Organisation) RETURN c.id }
                 + COLLECT { MATCH (k)<-[:DELIVERS]-(d:Consortium|Organisation) RETURN d.id } AS ids
            """;

    /** Who speaks for a deliverer: the organisation itself, or the consortium's confirmed partners. */
    static final String DELIVERY_SPEAKERS = """
            OPTIONAL MATCH (x:Consortium|Organisation {id: $id}) WHERE x.retired IS NULL
            RETURN x IS NOT NULL AS known,
                   CASE WHEN x:Organisation THEN [x.id] ELSE COLLECT {
                     MATCH (x)<-[r:PARTNER_IN]-(o:Organisation) WHERE r.status = 'CONFIRMED' AND o.retired IS NULL
                     RETURN o.id } END AS ids
            """;

    private Neo4jGroupReads() {
    }

    /** Organisations whose members may edit the group: its confirmed members or partners; a contract's parties. */
    static Set<String> speakers(TransactionContext tx, GroupType type, String id) {
        String query = type == GroupType.CONTRACT ? CONTRACT_SPEAKERS : SPEAKERS.formatted(type.label(),
                type.tie().type());
        Set<String> ids = new HashSet<>();
        tx.run(query, Map.of("id", id)).list().forEach(r -> ids.addAll(r.get("ids").asList(Value::asString)));
        if (type == GroupType.CONTRACT) {
            for (String party : Set.copyOf(ids)) {
                ids.addAll(deliverySpeakers(tx, party));
            }
        }
        return ids;
    }

    static Set<String> deliverySpeakers(TransactionContext tx, String deliveredBy) {
        var row = tx.run(DELIVERY_SPEAKERS, Map.of("id", deliveredBy)).single();
        if (!row.get("known").asBoolean()) {
            throw new InvalidEditException("deliveredBy", "No live consortium or organisation '" + deliveredBy
                    + "'.");
        }
        return new HashSet<>(row.get("ids").asList(Value::asString));
    }

    static Optional<EditableGroup> find(TransactionContext tx, GroupType type, String id) {
        var rows = type == GroupType.CONTRACT ? tx.run(FIND_CONTRACT, Map.of("id", id)).list()
                : tx.run(FIND.formatted(type.label(), type.tie().type()),
                        Map.of("id", id, "tieKind", type.tie().name())).list();
        return rows.stream().findFirst().map(r -> toGroup(type, r.get("g"), r.get("ties")));
    }

    static EditableGroup toGroup(GroupType type, Value g, Value rows) {
        List<Tie> ties = rows.asList(row -> Neo4jTies.tie(row.get("kind").asString(),
                type == GroupType.CONTRACT ? null : "role", row.get("from").asString(), row.get("to").asString(),
                row.get("tie")));
        Map<String, Object> details = new LinkedHashMap<>();
        switch (type) {
            case NETWORK -> details.put("formality", text(g, "formality"));
            case CONSORTIUM -> {
                details.put("structure", text(g, "structure"));
                ties.stream().filter(t -> !"WITHDRAWN".equals(t.status()))
                        .filter(t -> "lead".equals(t.detail()) || "manager".equals(t.detail())
                                || "equal".equals(t.detail()) && details.get("lead") == null)
                        .findFirst().ifPresent(t -> details.put("lead", t.from()));
            }
            case CONTRACT -> {
                details.put("value", g.get("value").isNull() ? null : g.get("value").asDouble());
                details.put("startDate", text(g, "startDate"));
                details.put("endDate", text(g, "endDate"));
                for (Tie t : ties) {
                    if (!"WITHDRAWN".equals(t.status())) {
                        details.put(t.kind().equals("DELIVERS") ? "deliveredBy" : "commissioner",
                                t.kind().equals("DELIVERS") ? t.from() : t.to());
                    }
                }
            }
        }
        return new EditableGroup(text(g, "id"), type.label(), text(g, "name"), text(g, "description"), details,
                ties, !g.get("retired").isNull() && g.get("retired").asBoolean(),
                g.get("version").isNull() ? 0 : g.get("version").asLong(), text(g, "recordedBy"), nodeProvenance(g));
    }
}
