package org.thirdsectoratlas.editing.infrastructure.graph;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.thirdsectoratlas.editing.domain.EditConflictException;
import org.thirdsectoratlas.editing.domain.EditableGroup;
import org.thirdsectoratlas.editing.domain.GroupDraft;
import org.thirdsectoratlas.editing.domain.GroupType;
import org.thirdsectoratlas.editing.domain.InvalidEditException;
import org.thirdsectoratlas.editing.domain.Partner;
import org.thirdsectoratlas.editing.domain.StaleVersionException;
import org.thirdsectoratlas.shared.domain.UnknownIdException;

/**
 * What a group edit checks against the graph inside its write transaction, after the change log's lock: the
 * version edited is the live one, ids and names are free, the organisations named exist.
 */
final class Neo4jGroupChecks {

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

    private Neo4jGroupChecks() {
    }

    static EditableGroup live(TransactionContext tx, GroupType type, String id, long expectedVersion) {
        EditableGroup current = Neo4jGroupReads.find(tx, type, id)
                .orElseThrow(() -> new UnknownIdException(type.label().toLowerCase(), id));
        if (current.retired()) {
            throw new EditConflictException("id", type.label() + " '" + id + "' is retired.");
        }
        if (current.version() != expectedVersion) {
            throw new StaleVersionException(type.label(), id, current.version(), expectedVersion, current);
        }
        return current;
    }

    static void checkNew(TransactionContext tx, GroupType type, String id, String name) {
        var taken = tx.run(ID_TAKEN, Map.of("id", id)).list();
        if (!taken.isEmpty()) {
            throw new EditConflictException("id", "The id '" + id + "' is already taken (by a "
                    + taken.get(0).get("label").asString() + ").");
        }
        checkName(tx, type, id, name);
    }

    static void checkName(TransactionContext tx, GroupType type, String id, String name) {
        var clash = tx.run(NAME_TAKEN.formatted(type.label()), Map.of("id", id, "name", name.strip())).list();
        if (!clash.isEmpty()) {
            throw new EditConflictException("name", type.label() + " '" + clash.get(0).get("id").asString()
                    + "' already has this name.");
        }
    }

    /** The organisations named, each known and live; else a 400 naming the field. */
    static List<String> checkNamed(TransactionContext tx, GroupDraft draft) {
        List<String> ids = draft.named().stream().map(Partner::organisation).toList();
        checkOrganisations(tx, draft.namedField(), ids);
        return ids;
    }

    static void checkOrganisations(TransactionContext tx, String field, List<String> ids) {
        List<String> missing = tx.run(UNKNOWN_ORGANISATIONS, Map.of("ids", ids)).single().get("missing")
                .asList(Value::asString);
        if (!missing.isEmpty()) {
            throw new InvalidEditException(field, "Unknown or retired organisations: " + String.join(", ", missing));
        }
    }
}
