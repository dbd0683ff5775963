package org.thirdsectoratlas.editing.infrastructure.graph;

import static org.thirdsectoratlas.shared.infrastructure.GraphValues.nodeProvenance;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.thirdsectoratlas.editing.domain.ConsortiumDraft;
import org.thirdsectoratlas.editing.domain.ContractDraft;
import org.thirdsectoratlas.editing.domain.EditConflictException;
import org.thirdsectoratlas.editing.domain.EditableGroup;
import org.thirdsectoratlas.editing.domain.GroupDraft;
import org.thirdsectoratlas.editing.domain.GroupEditRepository;
import org.thirdsectoratlas.editing.domain.GroupType;
import org.thirdsectoratlas.editing.domain.InvalidEditException;
import org.thirdsectoratlas.editing.domain.NetworkDraft;
import org.thirdsectoratlas.editing.domain.Partner;
import org.thirdsectoratlas.editing.domain.StaleVersionException;
import org.thirdsectoratlas.editing.domain.Tie;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.UnknownIdException;

/**
 * Networks, consortia and contracts written the way organisations are: one write transaction that takes the
 * change counter, checks, snapshots, writes and records the change (so an undo restores it exactly). Members and
 * partners the caller speaks for are CONFIRMED; the others are CLAIMED with {@code invited = true}, so that the
 * named organisation's own members confirm them through the ties API.
 */
@ApplicationScoped
public class Neo4jGroupEditRepository implements GroupEditRepository {

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

    /** Ids are unique across everything a change can be about: the change log finds its subjects by id. */
    static final String ID_TAKEN = """
            MATCH (x:%s {id: $id}) RETURN labels(x)[0] AS label LIMIT 1
            """.formatted(ChangeLog.SUBJECTS);

    static final String NAME_TAKEN = """
            MATCH (x:%s) WHERE x.id <> $id AND x.retired IS NULL AND toLower(x.name) = toLower($name)
            RETURN x.id AS id LIMIT 1
            """;

    static final String UNKNOWN_ORGANISATIONS = """
            RETURN [i IN $ids WHERE NOT EXISTS { MATCH (o:Organisation {id: i}) WHERE o.retired IS NULL }] AS missing
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

    private Graph graph;

    protected Neo4jGroupEditRepository() {
        // for CDI proxies
    }

    @Inject
    public Neo4jGroupEditRepository(Graph graph) {
        this.graph = graph;
    }

    @Override
    public Optional<EditableGroup> find(GroupType type, String id) {
        return graph.read(tx -> find(tx, type, id));
    }

    @Override
    public Set<String> speakers(GroupType type, String id) {
        String query = type == GroupType.CONTRACT ? CONTRACT_SPEAKERS : SPEAKERS.formatted(type.label(),
                type.tie().type());
        return graph.read(tx -> {
            Set<String> ids = new HashSet<>();
            tx.run(query, Map.of("id", id)).list().forEach(r -> ids.addAll(r.get("ids").asList(Value::asString)));
            if (type == GroupType.CONTRACT) {
                for (String party : Set.copyOf(ids)) {
                    ids.addAll(deliverySpeakers(tx, party));
                }
            }
            return ids;
        });
    }

    @Override
    public Set<String> deliverySpeakers(String deliveredBy) {
        return graph.read(tx -> deliverySpeakers(tx, deliveredBy));
    }

    @Override
    public EditableGroup createNetwork(String id, NetworkDraft draft, Predicate<String> speaksFor, String user) {
        return create(GroupType.NETWORK, id, draft, network(draft), speaksFor, user);
    }

    @Override
    public EditableGroup updateNetwork(String id, long expectedVersion, NetworkDraft draft,
                                       Predicate<String> speaksFor, String user) {
        return update(GroupType.NETWORK, id, expectedVersion, draft, network(draft), speaksFor, user);
    }

    @Override
    public EditableGroup createConsortium(String id, ConsortiumDraft draft, Predicate<String> speaksFor, String user) {
        return create(GroupType.CONSORTIUM, id, draft, consortium(draft), speaksFor, user);
    }

    @Override
    public EditableGroup updateConsortium(String id, long expectedVersion, ConsortiumDraft draft,
                                          Predicate<String> speaksFor, String user) {
        return update(GroupType.CONSORTIUM, id, expectedVersion, draft, consortium(draft), speaksFor, user);
    }

    @Override
    public EditableGroup createContract(String id, ContractDraft draft, Predicate<String> speaksFor, String user) {
        Map<String, Object> properties = contract(draft);
        return graph.write(tx -> {
            long sequence = ChangeLog.lock(tx);
            checkNew(tx, GroupType.CONTRACT, id, draft.name());
            checkOrganisations(tx, "commissioner", List.of(draft.commissioner()));
            Set<String> deliverers = deliverySpeakers(tx, draft.deliveredBy());
            Map<String, Object> parameters = new HashMap<>(Map.of("id", id, "commissioner", draft.commissioner(),
                    "deliverer", draft.deliveredBy(), "by", user));
            parameters.put("commissionerStatus", status(speaksFor.test(draft.commissioner())));
            parameters.put("delivererStatus", status(deliverers.stream().anyMatch(speaksFor)));
            List<String> subjects = distinct(List.of(id, draft.commissioner(), draft.deliveredBy()));
            ChangeLog.recorded(tx, sequence, "CREATE", user, subjects, List.of(id), () -> {
                tx.run(CREATE.formatted("Contract"), Map.of("id", id, "properties", properties, "by", user)).consume();
                tx.run(SET_PARTIES, parameters).consume();
            });
            return find(tx, GroupType.CONTRACT, id).orElseThrow();
        });
    }

    @Override
    public EditableGroup updateContract(String id, long expectedVersion, ContractDraft draft, String user) {
        Map<String, Object> properties = contract(draft);
        return graph.write(tx -> {
            long sequence = ChangeLog.lock(tx);
            EditableGroup current = live(tx, GroupType.CONTRACT, id, expectedVersion);
            for (String party : List.of("commissioner", "deliveredBy")) {
                Object now = current.details().get(party);
                String wanted = party.equals("commissioner") ? draft.commissioner() : draft.deliveredBy();
                if (now != null && !now.equals(wanted)) {
                    throw new EditConflictException(party, "A contract's " + party + " is '" + now
                            + "' and stays so; record a new contract for other parties.");
                }
            }
            checkName(tx, GroupType.CONTRACT, id, draft.name());
            List<String> subjects = distinct(List.of(id, draft.commissioner(), draft.deliveredBy()));
            ChangeLog.recorded(tx, sequence, "UPDATE", user, subjects, List.of(), () -> tx.run(
                    UPDATE.formatted("Contract"), Map.of("id", id, "properties", properties, "by", user)).consume());
            return find(tx, GroupType.CONTRACT, id).orElseThrow();
        });
    }

    private EditableGroup create(GroupType type, String id, GroupDraft draft, Map<String, Object> properties,
                                 Predicate<String> speaksFor, String user) {
        return graph.write(tx -> {
            long sequence = ChangeLog.lock(tx);
            checkNew(tx, type, id, draft.name());
            List<String> named = checkNamed(tx, draft);
            List<String> subjects = new ArrayList<>(List.of(id));
            subjects.addAll(named);
            ChangeLog.recorded(tx, sequence, "CREATE", user, subjects, List.of(id), () -> {
                tx.run(CREATE.formatted(type.label()), Map.of("id", id, "properties", properties, "by", user))
                        .consume();
                writeMembers(tx, type, id, draft, properties, speaksFor, user);
            });
            return find(tx, type, id).orElseThrow();
        });
    }

    private EditableGroup update(GroupType type, String id, long expectedVersion, GroupDraft draft,
                                 Map<String, Object> properties, Predicate<String> speaksFor, String user) {
        return graph.write(tx -> {
            long sequence = ChangeLog.lock(tx);
            EditableGroup current = live(tx, type, id, expectedVersion);
            checkName(tx, type, id, draft.name());
            List<String> named = checkNamed(tx, draft);
            Set<String> subjects = new LinkedHashSet<>(List.of(id));
            current.ties().stream().filter(t -> !"WITHDRAWN".equals(t.status())).map(Tie::from).forEach(subjects::add);
            subjects.addAll(named);
            ChangeLog.recorded(tx, sequence, "UPDATE", user, List.copyOf(subjects), List.of(), () -> {
                tx.run(UPDATE.formatted(type.label()), Map.of("id", id, "properties", properties, "by", user))
                        .consume();
                writeMembers(tx, type, id, draft, properties, speaksFor, user);
            });
            return find(tx, type, id).orElseThrow();
        });
    }

    private static void writeMembers(TransactionContext tx, GroupType type, String id, GroupDraft draft,
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

    private static EditableGroup live(TransactionContext tx, GroupType type, String id, long expectedVersion) {
        EditableGroup current = find(tx, type, id)
                .orElseThrow(() -> new UnknownIdException(type.label().toLowerCase(), id));
        if (current.retired()) {
            throw new EditConflictException("id", type.label() + " '" + id + "' is retired.");
        }
        if (current.version() != expectedVersion) {
            throw new StaleVersionException(type.label(), id, current.version(), expectedVersion, current);
        }
        return current;
    }

    private static void checkNew(TransactionContext tx, GroupType type, String id, String name) {
        var taken = tx.run(ID_TAKEN, Map.of("id", id)).list();
        if (!taken.isEmpty()) {
            throw new EditConflictException("id", "The id '" + id + "' is already taken (by a "
                    + taken.get(0).get("label").asString() + ").");
        }
        checkName(tx, type, id, name);
    }

    private static void checkName(TransactionContext tx, GroupType type, String id, String name) {
        var clash = tx.run(NAME_TAKEN.formatted(type.label()), Map.of("id", id, "name", name.strip())).list();
        if (!clash.isEmpty()) {
            throw new EditConflictException("name", type.label() + " '" + clash.get(0).get("id").asString()
                    + "' already has this name.");
        }
    }

    /** The organisations named, each known and live; else a 400 naming the field. */
    private static List<String> checkNamed(TransactionContext tx, GroupDraft draft) {
        List<String> ids = draft.named().stream().map(Partner::organisation).toList();
        checkOrganisations(tx, draft.namedField(), ids);
        return ids;
    }

    private static void checkOrganisations(TransactionContext tx, String field, List<String> ids) {
        List<String> missing = tx.run(UNKNOWN_ORGANISATIONS, Map.of("ids", ids)).single().get("missing")
                .asList(Value::asString);
        if (!missing.isEmpty()) {
            throw new InvalidEditException(field, "Unknown or retired organisations: " + String.join(", ", missing));
        }
    }

    private static Set<String> deliverySpeakers(TransactionContext tx, String deliveredBy) {
        var row = tx.run(DELIVERY_SPEAKERS, Map.of("id", deliveredBy)).single();
        if (!row.get("known").asBoolean()) {
            throw new InvalidEditException("deliveredBy", "No live consortium or organisation '" + deliveredBy
                    + "'.");
        }
        return new HashSet<>(row.get("ids").asList(Value::asString));
    }

    private static Map<String, Object> network(NetworkDraft draft) {
        Map<String, Object> p = named(draft.name(), draft.description());
        p.put("formality", draft.formality());
        return p;
    }

    private static Map<String, Object> consortium(ConsortiumDraft draft) {
        Map<String, Object> p = named(draft.name(), draft.description());
        p.put("structure", draft.structure());
        return p;
    }

    private static Map<String, Object> contract(ContractDraft draft) {
        Map<String, Object> p = named(draft.name(), draft.description());
        p.put("value", draft.value() == null ? null : draft.value().doubleValue());
        p.put("startDate", draft.start());
        p.put("endDate", draft.end());
        return p;
    }

    private static Map<String, Object> named(String name, String description) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", name.strip());
        p.put("description", description);
        return p;
    }

    private static String status(boolean confirmed) {
        return confirmed ? "CONFIRMED" : "CLAIMED";
    }

    private static List<String> distinct(List<String> ids) {
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    private static Optional<EditableGroup> find(TransactionContext tx, GroupType type, String id) {
        var rows = type == GroupType.CONTRACT ? tx.run(FIND_CONTRACT, Map.of("id", id)).list()
                : tx.run(FIND.formatted(type.label(), type.tie().type()),
                        Map.of("id", id, "tieKind", type.tie().name())).list();
        return rows.stream().findFirst().map(r -> toGroup(type, r.get("g"), r.get("ties")));
    }

    private static EditableGroup toGroup(GroupType type, Value g, Value rows) {
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
