package org.thirdsectoratlas.editing.infrastructure.graph;

import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;

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
import org.neo4j.driver.Value;
import org.thirdsectoratlas.editing.domain.EditConflictException;
import org.thirdsectoratlas.editing.domain.LiveTie;
import org.thirdsectoratlas.editing.domain.Tie;
import org.thirdsectoratlas.editing.domain.TieClaim;
import org.thirdsectoratlas.editing.domain.TieKind;
import org.thirdsectoratlas.editing.domain.TiePermission;
import org.thirdsectoratlas.editing.domain.TieRepository;
import org.thirdsectoratlas.editing.domain.TieTransition;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;

/**
 * Ties recorded through the Atlas (collaborations, memberships, shared resources, partnerships): claimed by one
 * side, confirmed by the other, withdrawn by either. Each move is one write transaction that takes the change
 * counter (ChangeLog) first, so the checks made after it (who may move the tie, its status) hold at the commit.
 */
@ApplicationScoped
public class Neo4jTies implements TieRepository {

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

    protected Neo4jTies() {
        // for CDI proxies
    }

    @Inject
    public Neo4jTies(Graph graph) {
        this.graph = graph;
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
