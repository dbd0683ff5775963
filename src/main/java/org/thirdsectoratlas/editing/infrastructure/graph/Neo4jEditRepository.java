package org.thirdsectoratlas.editing.infrastructure.graph;

import static org.thirdsectoratlas.shared.infrastructure.GraphValues.nodeProvenance;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.texts;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.thirdsectoratlas.editing.domain.Change;
import org.thirdsectoratlas.editing.domain.EditConflictException;
import org.thirdsectoratlas.editing.domain.EditRepository;
import org.thirdsectoratlas.editing.domain.EditableOrganisation;
import org.thirdsectoratlas.editing.domain.InvalidEditException;
import org.thirdsectoratlas.editing.domain.LiveTie;
import org.thirdsectoratlas.editing.domain.OrganisationDraft;
import org.thirdsectoratlas.editing.domain.StaleVersionException;
import org.thirdsectoratlas.editing.domain.Tie;
import org.thirdsectoratlas.editing.domain.TieClaim;
import org.thirdsectoratlas.editing.domain.TieKind;
import org.thirdsectoratlas.editing.domain.TiePermission;
import org.thirdsectoratlas.editing.domain.TieTransition;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;

/**
 * Every write in one write transaction that first takes the change counter (ChangeLog), then checks,
 * snapshots, writes and records the change. User data is always SELF_REPORTED with who and when.
 */
@ApplicationScoped
public class Neo4jEditRepository implements EditRepository {

    static final String FIND = """
            MATCH (o:Organisation {id: $id})
            RETURN properties(o) AS o,
                   COLLECT { MATCH (o)-[s:SUPPORTS]->(c:Community) WHERE coalesce(s.status, '') <> 'WITHDRAWN'
                             RETURN c.id ORDER BY c.id } AS communities,
                   COLLECT { MATCH (o)-[s:OPERATES_IN]->(l:Locality) WHERE coalesce(s.status, '') <> 'WITHDRAWN'
                             RETURN l.id ORDER BY l.id } AS localities
            """;

    static final String DUPLICATE = """
            MATCH (x:Organisation)
            WHERE x.id <> $id AND x.retired IS NULL
              AND (toLower(x.name) = toLower($name) OR any(i IN coalesce(x.identifiers, []) WHERE i IN $identifiers))
            RETURN x.id AS id, toLower(x.name) = toLower($name) AS sameName
            LIMIT 1
            """;

    static final String UNKNOWN_PLACES = """
            RETURN [c IN $communities WHERE NOT EXISTS { MATCH (:Community {id: c}) }] AS communities,
                   [l IN $localities WHERE NOT EXISTS { MATCH (:Locality {id: l}) }] AS localities
            """;

    static final String CREATE = """
            CREATE (o:Organisation {id: $id})
            SET o += $properties, o.version = 1, o.status = 'ACTIVE', o.source = 'SELF_REPORTED',
                o.recordedBy = $by, o.recordedAt = datetime(), o.lastConfirmed = date()
            """;

    static final String UPDATE = """
            MATCH (o:Organisation {id: $id})
            SET o += $properties, o.version = coalesce(o.version, 0) + 1, o.source = 'SELF_REPORTED',
                o.recordedBy = $by, o.recordedAt = datetime(), o.lastConfirmed = date()
            """;

    /** Withdraws the places no longer named, adds (or brings back) the new ones; untouched ties stay as they are. */
    private static final String PLACES = """
            MATCH (o:Organisation {id: $id})
            CALL (o) {
              MATCH (o)-[r:%1$s]->(x:%2$s)
              WHERE NOT x.id IN $wanted AND coalesce(r.status, '') <> 'WITHDRAWN'
              SET r.status = 'WITHDRAWN', r.withdrawnBy = $by, r.withdrawnAt = datetime()
            }
            CALL (o) {
              UNWIND $wanted AS wanted
              MATCH (x:%2$s {id: wanted})
              MERGE (o)-[r:%1$s]->(x)
              ON CREATE SET r.status = 'CONFIRMED', r.source = 'SELF_REPORTED', r.recordedBy = $by,
                            r.recordedAt = datetime(), r.lastConfirmed = date()
              FOREACH (_ IN CASE WHEN r.status = 'WITHDRAWN' THEN [1] ELSE [] END |
                SET r.status = 'CONFIRMED', r.source = 'SELF_REPORTED', r.recordedBy = $by,
                    r.recordedAt = datetime(), r.lastConfirmed = date())
            }
            """;
    static final String SET_COMMUNITIES = PLACES.formatted("SUPPORTS", "Community");
    static final String SET_LOCALITIES = PLACES.formatted("OPERATES_IN", "Locality");

    static final String RETIRE = """
            MATCH (o:Organisation {id: $id})
            SET o.retired = true, o.retiredAt = datetime(), o.retiredBy = $by, o.version = coalesce(o.version, 0) + 1
            """;

    /** The duplicate's live ties are copied onto the survivor (marked mergedFrom) and withdrawn on the duplicate. */
    static final String MERGE = """
            MATCH (a:Organisation {id: $survivor}), (b:Organisation {id: $duplicate})
            CALL (a, b) {
              MATCH (b)-[r]->(x) WHERE x <> a AND coalesce(r.status, '') <> 'WITHDRAWN'
              MERGE (a)-[c:$(type(r))]->(x)
              ON CREATE SET c = properties(r), c.mergedFrom = b.id,
                            c.tieId = CASE WHEN r.tieId IS NULL THEN null ELSE r.tieId + '-merged' END
              SET r.status = 'WITHDRAWN', r.withdrawnBy = $by, r.withdrawnAt = datetime(),
                  r.withdrawnReason = 'merged into ' + a.id
            }
            CALL (a, b) {
              MATCH (b)<-[r]-(x) WHERE x <> a AND coalesce(r.status, '') <> 'WITHDRAWN'
              MERGE (a)<-[c:$(type(r))]-(x)
              ON CREATE SET c = properties(r), c.mergedFrom = b.id,
                            c.tieId = CASE WHEN r.tieId IS NULL THEN null ELSE r.tieId + '-merged' END
              SET r.status = 'WITHDRAWN', r.withdrawnBy = $by, r.withdrawnAt = datetime(),
                  r.withdrawnReason = 'merged into ' + a.id
            }
            SET a.identifiers = coalesce(a.identifiers, [])
                    + [i IN coalesce(b.identifiers, []) WHERE NOT i IN coalesce(a.identifiers, [])],
                a.aliases = coalesce(a.aliases, [])
                    + [n IN [b.name] + coalesce(b.aliases, []) WHERE NOT n IN coalesce(a.aliases, []) AND n <> a.name],
                a.version = coalesce(a.version, 0) + 1,
                b.identifiers = [], b.retired = true, b.retiredAt = datetime(), b.retiredBy = $by,
                b.mergedInto = a.id, b.version = coalesce(b.version, 0) + 1
            """;

    static final String HISTORY = """
            MATCH (c:Change) WHERE $id IN c.organisationIds
            RETURN properties(c) AS c ORDER BY c.sequence DESC SKIP $skip LIMIT $limit
            """;

    static final String HISTORY_COUNT = """
            MATCH (c:Change) WHERE $id IN c.organisationIds RETURN count(c) AS total
            """;

    static final String CHANGE = """
            MATCH (c:Change {id: $id}) RETURN properties(c) AS c
            """;

    /** Live ties of this kind between the two ends, in either direction. */
    private static final String LIVE_TIE = """
            MATCH (a:Organisation {id: $from})-[r:%1$s]-(b:%2$s {id: $to})
            WHERE coalesce(r.status, '') <> 'WITHDRAWN'
            RETURN r.status AS status LIMIT 1
            """;

    private static final String CLAIM = """
            MATCH (a:Organisation {id: $from}) WHERE a.retired IS NULL
            MATCH (b:%2$s {id: $to}) WHERE b.retired IS NULL
            CREATE (a)-[r:%1$s {tieId: $tieId}]->(b)
            SET r.status = 'CLAIMED', r.source = 'SELF_REPORTED', r.recordedBy = $by, r.recordedAt = datetime(),
                r.lastConfirmed = date(), r.visibility = $visibility, r.%3$s = $detail
            RETURN a.id AS from, b.id AS to, properties(r) AS tie
            """;

    /**
     * Organisation ids whose members speak for the other side of the tie r from a to b (they may confirm it): a
     * collaboration's partner; for a resource, the organisations already sharing it (confirmed); for a membership
     * or partnership, the organisation itself when the group's side recorded it ({@code invited}), otherwise the
     * group's confirmed members, for groups recorded through the Atlas (networks and consortia from research are
     * confirmed by moderators).
     */
    static final String OTHER_SIDE = """
            CASE type(r)
              WHEN 'COLLABORATES_WITH' THEN [b.id]
              WHEN 'SHARES' THEN COLLECT {
                MATCH (o:Organisation)-[s:SHARES]->(b)
                WHERE s.status = 'CONFIRMED' AND o <> a AND o.retired IS NULL
                RETURN DISTINCT o.id }
              ELSE CASE WHEN r.invited THEN [a.id]
                        WHEN b.source = 'SELF_REPORTED' THEN COLLECT {
                          MATCH (o:Organisation)-[p]->(b)
                          WHERE type(p) = type(r) AND p.status = 'CONFIRMED' AND o <> a AND o.retired IS NULL
                          RETURN DISTINCT o.id }
                        ELSE [] END
            END""";

    /** A tie is visible when the privacy rule lets the viewer see it as either end's fact. */
    private static final String FIND_VISIBLE_TIE = """
            MATCH (a:Organisation {id: $from})-[r:%1$s {tieId: $tieId}]->(b:%2$s {id: $to})
            WHERE """ + VisibilityRule.visible("r", "a") + """
             OR (b:Organisation AND """ + VisibilityRule.visible("r", "b") + """
            )
            RETURN a.id AS from, b.id AS to, properties(r) AS tie, """ + OTHER_SIDE + """
             AS otherSide
            """;

    /** Confirming stamps who and when and refreshes lastConfirmed; withdrawing keeps the tie with who and when. */
    private static final String TRANSITION = """
            MATCH (a:Organisation {id: $from})-[r:%1$s {tieId: $tieId}]->(b:%2$s {id: $to})
            SET r.status = $status,
                r.confirmedBy = CASE WHEN $status = 'CONFIRMED' THEN $by ELSE r.confirmedBy END,
                r.confirmedAt = CASE WHEN $status = 'CONFIRMED' THEN datetime() ELSE r.confirmedAt END,
                r.lastConfirmed = CASE WHEN $status = 'CONFIRMED' THEN date() ELSE r.lastConfirmed END,
                r.withdrawnBy = CASE WHEN $status = 'WITHDRAWN' THEN $by ELSE r.withdrawnBy END,
                r.withdrawnAt = CASE WHEN $status = 'WITHDRAWN' THEN datetime() ELSE r.withdrawnAt END
            RETURN a.id AS from, b.id AS to, properties(r) AS tie
            """;

    /** Ties with an id (recorded through the Atlas) that concern the organisations, or every claim for moderators. */
    static final String LIVE_TIES_OF = """
            MATCH (a:Organisation)-[r:COLLABORATES_WITH|MEMBER_OF|SHARES|PARTNER_IN]->(b)
            WHERE r.tieId IS NOT NULL AND r.status IN ['CLAIMED', 'CONFIRMED']
              AND (a.id IN $organisations OR b.id IN $organisations OR ($allClaimed AND r.status = 'CLAIMED'))
            RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS tie, """ + OTHER_SIDE + """
             AS otherSide
            ORDER BY r.recordedAt DESC LIMIT $limit
            """;

    static final Map<TieKind, String> LIVE_TIES = byKind(LIVE_TIE);
    static final Map<TieKind, String> CLAIMS = byKind(CLAIM);
    static final Map<TieKind, String> FIND_VISIBLE_TIES = byKind(FIND_VISIBLE_TIE);
    static final Map<TieKind, String> TRANSITIONS = byKind(TRANSITION);

    private Graph graph;

    protected Neo4jEditRepository() {
        // for CDI proxies
    }

    @Inject
    public Neo4jEditRepository(Graph graph) {
        this.graph = graph;
    }

    @Override
    public Optional<EditableOrganisation> find(String id) {
        return graph.read(tx -> find(tx, id));
    }

    @Override
    public EditableOrganisation create(String id, OrganisationDraft draft, String user) {
        return graph.write(tx -> {
            long sequence = ChangeLog.lock(tx);
            if (find(tx, id).isPresent()) {
                throw new EditConflictException("id", "An organisation with the id '" + id + "' already exists.");
            }
            checkUnique(tx, id, draft);
            checkPlaces(tx, draft);
            ChangeLog.recorded(tx, sequence, "CREATE", user, List.of(id), List.of(id), () -> {
                tx.run(CREATE, Map.of("id", id, "properties", properties(draft), "by", user)).consume();
                setPlaces(tx, id, draft, user);
            });
            return find(tx, id).orElseThrow();
        });
    }

    @Override
    public EditableOrganisation update(String id, long expectedVersion, OrganisationDraft draft, String user) {
        return graph.write(tx -> {
            long sequence = ChangeLog.lock(tx);
            EditableOrganisation current = live(tx, id);
            if (current.version() != expectedVersion) {
                throw new StaleVersionException(current, expectedVersion);
            }
            checkUnique(tx, id, draft);
            checkPlaces(tx, draft);
            ChangeLog.recorded(tx, sequence, "UPDATE", user, List.of(id), List.of(), () -> {
                tx.run(UPDATE, Map.of("id", id, "properties", properties(draft), "by", user)).consume();
                setPlaces(tx, id, draft, user);
            });
            return find(tx, id).orElseThrow();
        });
    }

    @Override
    public EditableOrganisation retire(String id, Long expectedVersion, String user) {
        return graph.write(tx -> {
            long sequence = ChangeLog.lock(tx);
            EditableOrganisation current = live(tx, id);
            if (expectedVersion != null && current.version() != expectedVersion) {
                throw new StaleVersionException(current, expectedVersion);
            }
            ChangeLog.recorded(tx, sequence, "RETIRE", user, List.of(id), List.of(),
                    () -> tx.run(RETIRE, Map.of("id", id, "by", user)).consume());
            return find(tx, id).orElseThrow();
        });
    }

    @Override
    public EditableOrganisation merge(String survivorId, String duplicateId, String user) {
        return graph.write(tx -> {
            long sequence = ChangeLog.lock(tx);
            live(tx, survivorId);
            live(tx, duplicateId);
            ChangeLog.recorded(tx, sequence, "MERGE", user, List.of(survivorId, duplicateId), List.of(), () -> tx.run(MERGE,
                    Map.of("survivor", survivorId, "duplicate", duplicateId, "by", user)).consume());
            return find(tx, survivorId).orElseThrow();
        });
    }

    @Override
    public Page<Change> history(String organisationId, int page, int size) {
        return graph.read(tx -> {
            var items = tx.run(HISTORY, Map.of("id", organisationId, "skip", (long) page * size, "limit", size))
                    .list(r -> toChange(r.get("c")));
            long total = tx.run(HISTORY_COUNT, Map.of("id", organisationId)).single().get("total").asLong();
            return new Page<>(items, page, size, total);
        });
    }

    @Override
    public Optional<Change> change(String changeId) {
        return graph.read(tx -> change(tx, changeId));
    }

    @Override
    public Change undo(String changeId, String user) {
        return graph.write(tx -> {
            long sequence = ChangeLog.lock(tx);
            Change change = change(tx, changeId).orElseThrow(() -> new UnknownIdException("change", changeId));
            if (change.undone() || "UNDO".equals(change.action())) {
                throw new EditConflictException("changeId", "Change '" + changeId + "' is "
                        + (change.undone() ? "already undone." : "itself an undo."));
            }
            var latest = tx.run(ChangeLog.LATEST, Map.of("organisationIds", change.organisations())).list();
            if (latest.isEmpty() || !changeId.equals(latest.get(0).get("id").asString())) {
                throw new EditConflictException("changeId", "Later changes to these organisations are still in force;"
                        + " undo them first (newest first).");
            }
            String undoId = ChangeLog.recorded(tx, sequence, "UNDO", user, change.organisations(), List.of(), () -> {
                ChangeLog.restore(tx, changeId);
                tx.run(ChangeLog.MARK_UNDONE, Map.of("id", changeId, "by", user, "undo", "change-" + sequence))
                        .consume();
            });
            return change(tx, undoId).orElseThrow();
        });
    }

    @Override
    public Tie claim(TieClaim claim, String user) {
        TieKind kind = claim.tieKind();
        String tieId = kind.name().toLowerCase() + "." + claim.from() + "." + claim.to() + "."
                + UUID.randomUUID().toString().substring(0, 8);
        return graph.write(tx -> {
            long sequence = ChangeLog.lock(tx);
            Map<String, Object> ends = Map.of("from", claim.from(), "to", claim.to());
            if (tx.run(LIVE_TIES.get(kind), ends).hasNext()) {
                throw new EditConflictException("to", "This tie is already recorded; confirm or withdraw it instead.");
            }
            Map<String, Object> parameters = new HashMap<>(ends);
            parameters.put("tieId", tieId);
            parameters.put("by", user);
            parameters.put("visibility", claim.visibility() == null ? "PUBLIC" : claim.visibility());
            parameters.put("detail", claim.detail());
            // An unknown or retired end creates nothing: the exception rolls back the change record too.
            return ChangeLog.recorded(tx, sequence, "CLAIM", user, organisations(kind, claim.from(), claim.to()),
                    List.of(), claiming -> claiming.run(CLAIMS.get(kind), parameters).list().stream().findFirst()
                            .map(r -> toTie(kind, r))
                            .orElseThrow(() -> new UnknownIdException(kind == TieKind.COLLABORATION ? "organisation"
                                    : kind.targetLabel().toLowerCase(), claim.from() + "' or '" + claim.to())));
        });
    }

    @Override
    public Optional<Tie> tie(String tieId, Viewer viewer) {
        TieRef ref = TieRef.parse(tieId);
        if (ref == null) {
            return Optional.empty();
        }
        return graph.read(tx -> tx.run(FIND_VISIBLE_TIES.get(ref.kind()),
                        VisibilityRule.with(ref.parameters(), viewer)).list().stream().findFirst()
                .map(r -> toTie(ref.kind(), r)));
    }

    @Override
    public List<LiveTie> liveTies(Set<String> organisations, boolean allClaimed, int limit) {
        return graph.read(tx -> tx.run(LIVE_TIES_OF, Map.of("organisations", List.copyOf(organisations),
                "allClaimed", allClaimed, "limit", limit)).list(r -> new LiveTie(
                toTie(TieKind.ofType(r.get("type").asString()), r),
                Set.copyOf(r.get("otherSide").asList(Value::asString)))));
    }

    @Override
    public Tie transition(String tieId, TieTransition transition, Viewer viewer, String user,
                          TiePermission permission) {
        TieRef ref = TieRef.parse(tieId);
        if (ref == null) {
            throw new UnknownIdException("tie", tieId);
        }
        return graph.write(tx -> {
            long sequence = ChangeLog.lock(tx);
            Record found = tx.run(FIND_VISIBLE_TIES.get(ref.kind()), VisibilityRule.with(ref.parameters(), viewer))
                    .list().stream().findFirst().orElseThrow(() -> new UnknownIdException("tie", tieId));
            Tie tie = toTie(ref.kind(), found);
            permission.check(tie, Set.copyOf(found.get("otherSide").asList(Value::asString)));
            transition.requireAllowedFrom(tie.status());
            Map<String, Object> parameters = new HashMap<>(ref.parameters());
            parameters.put("by", user);
            parameters.put("status", transition.status());
            return ChangeLog.recorded(tx, sequence, transition.name(), user,
                    organisations(ref.kind(), ref.from(), ref.to()), List.of(),
                    moving -> toTie(ref.kind(), moving.run(TRANSITIONS.get(ref.kind()), parameters).single()));
        });
    }

    /** The subjects of a tie's change: both ends, except a resource (it has no history of its own). */
    private static List<String> organisations(TieKind kind, String from, String to) {
        return kind == TieKind.SHARED_RESOURCE ? List.of(from) : List.of(from, to);
    }

    private static EditableOrganisation live(TransactionContext tx, String id) {
        EditableOrganisation current = find(tx, id).orElseThrow(() -> new UnknownIdException("organisation", id));
        if (current.retired()) {
            throw new EditConflictException("id", "Organisation '" + id + "' is retired"
                    + (current.mergedInto() == null ? "." : " (merged into '" + current.mergedInto() + "')."));
        }
        return current;
    }

    private static void checkUnique(TransactionContext tx, String id, OrganisationDraft draft) {
        var clash = tx.run(DUPLICATE, Map.of("id", id, "name", draft.name(), "identifiers", draft.identifiers()))
                .list();
        if (!clash.isEmpty()) {
            boolean sameName = clash.get(0).get("sameName").asBoolean();
            throw new EditConflictException(sameName ? "name" : "identifiers", "Organisation '"
                    + clash.get(0).get("id").asString() + "' already has this " + (sameName ? "name." : "identifier."));
        }
    }

    private static void checkPlaces(TransactionContext tx, OrganisationDraft draft) {
        Record unknown = tx.run(UNKNOWN_PLACES, Map.of("communities", draft.communities(),
                "localities", draft.localities())).single();
        for (String field : List.of("communities", "localities")) {
            List<String> missing = unknown.get(field).asList(Value::asString);
            if (!missing.isEmpty()) {
                throw new InvalidEditException(field, "Unknown " + field + ": " + String.join(", ", missing));
            }
        }
    }

    private static void setPlaces(TransactionContext tx, String id, OrganisationDraft draft, String user) {
        tx.run(SET_COMMUNITIES, Map.of("id", id, "wanted", draft.communities(), "by", user)).consume();
        tx.run(SET_LOCALITIES, Map.of("id", id, "wanted", draft.localities(), "by", user)).consume();
    }

    /** The draft's node properties; nulls remove a property on update. */
    private static Map<String, Object> properties(OrganisationDraft draft) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", draft.name().strip());
        p.put("kind", draft.kind());
        p.put("description", draft.description());
        p.put("identifiers", draft.identifiers());
        p.put("website", draft.website());
        p.put("sizeBand", draft.sizeBand());
        p.put("visibility", draft.visibilityOrDefault());
        return p;
    }

    private static Optional<EditableOrganisation> find(TransactionContext tx, String id) {
        var result = tx.run(FIND, Map.of("id", id)).list();
        return result.stream().findFirst().map(Neo4jEditRepository::toOrganisation);
    }

    private static Optional<Change> change(TransactionContext tx, String id) {
        return tx.run(CHANGE, Map.of("id", id)).list().stream().findFirst().map(r -> toChange(r.get("c")));
    }

    private static EditableOrganisation toOrganisation(Record record) {
        Value o = record.get("o");
        return new EditableOrganisation(text(o, "id"), text(o, "name"), text(o, "kind"), text(o, "description"),
                texts(o, "identifiers"), text(o, "website"), text(o, "sizeBand"),
                record.get("communities").asList(Value::asString), record.get("localities").asList(Value::asString),
                o.get("visibility").isNull() ? "PUBLIC" : text(o, "visibility"),
                o.get("retired").isNull() ? false : o.get("retired").asBoolean(), text(o, "mergedInto"),
                o.get("version").isNull() ? 0 : o.get("version").asLong(), text(o, "recordedBy"), nodeProvenance(o));
    }

    private static Change toChange(Value c) {
        return new Change(text(c, "id"), c.get("sequence").asLong(), text(c, "action"), text(c, "by"), text(c, "at"),
                texts(c, "organisationIds"),
                c.get("before").isNull() ? null : GraphJson.parse(c.get("before").asString()),
                c.get("after").isNull() ? null : GraphJson.parse(c.get("after").asString()),
                !c.get("undone").isNull() && c.get("undone").asBoolean(), text(c, "undoneBy"), text(c, "undoneAt"));
    }

    private static Tie toTie(TieKind kind, Record record) {
        return tie(kind.name(), kind.detailProperty(), record.get("from").asString(), record.get("to").asString(),
                record.get("tie"));
    }

    /** A tie from its relationship's properties; shared with the group editor. */
    static Tie tie(String kind, String detailProperty, String from, String to, Value t) {
        return new Tie(text(t, "tieId"), kind, from, to, detailProperty == null ? null : text(t, detailProperty),
                text(t, "status"), t.get("visibility").isNull() ? "PUBLIC" : text(t, "visibility"), text(t, "source"),
                text(t, "recordedBy"), text(t, "recordedAt"), text(t, "confirmedBy"), text(t, "confirmedAt"),
                text(t, "withdrawnBy"), text(t, "withdrawnAt"));
    }

    private static Map<TieKind, String> byKind(String template) {
        Map<TieKind, String> queries = new EnumMap<>(TieKind.class);
        for (TieKind kind : TieKind.values()) {
            queries.put(kind, template.formatted(kind.type(), kind.targetLabel(), kind.detailProperty()));
        }
        return Map.copyOf(queries);
    }

    /** A tie id names its kind and both ends ("collaboration.a.b.1f2e3d4c"), so it is found through the id index. */
    record TieRef(TieKind kind, String from, String to, String tieId) {

        static TieRef parse(String tieId) {
            String[] parts = tieId.split("\\.");
            if (parts.length != 4) {
                return null;
            }
            for (TieKind kind : TieKind.values()) {
                if (kind.name().toLowerCase().equals(parts[0])) {
                    return new TieRef(kind, parts[1], parts[2], tieId);
                }
            }
            return null;
        }

        Map<String, Object> parameters() {
            return Map.of("from", from, "to", to, "tieId", tieId);
        }
    }
}
