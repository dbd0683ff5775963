package org.thirdsectoratlas.editing.infrastructure.graph;

import static org.thirdsectoratlas.shared.infrastructure.GraphValues.nodeProvenance;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.texts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.thirdsectoratlas.editing.domain.EditConflictException;
import org.thirdsectoratlas.editing.domain.EditableOrganisation;
import org.thirdsectoratlas.editing.domain.InvalidEditException;
import org.thirdsectoratlas.editing.domain.OrganisationDraft;
import org.thirdsectoratlas.editing.domain.OrganisationEditRepository;
import org.thirdsectoratlas.editing.domain.StaleVersionException;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.UnknownIdException;

/**
 * Organisations written through the Atlas: create, update, retire and merge. Every write is one write transaction
 * that first takes the change counter (ChangeLog), then checks, snapshots, writes and records the change. User
 * data is always SELF_REPORTED with who and when.
 */
@ApplicationScoped
public class Neo4jOrganisationEdits implements OrganisationEditRepository {

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

    private Graph graph;

    protected Neo4jOrganisationEdits() {
        // for CDI proxies
    }

    @Inject
    public Neo4jOrganisationEdits(Graph graph) {
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
        return result.stream().findFirst().map(Neo4jOrganisationEdits::toOrganisation);
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
}
