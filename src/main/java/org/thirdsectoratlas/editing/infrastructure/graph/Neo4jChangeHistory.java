package org.thirdsectoratlas.editing.infrastructure.graph;

import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.texts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.thirdsectoratlas.editing.domain.Change;
import org.thirdsectoratlas.editing.domain.ChangeRepository;
import org.thirdsectoratlas.editing.domain.EditConflictException;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.UnknownIdException;

/**
 * The changes recorded by {@link ChangeLog}, read back for an organisation's (or group's) history, and undone: an
 * undo is itself a recorded change that puts back the exact state before, newest first.
 */
@ApplicationScoped
public class Neo4jChangeHistory implements ChangeRepository {

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

    private Graph graph;

    protected Neo4jChangeHistory() {
        // for CDI proxies
    }

    @Inject
    public Neo4jChangeHistory(Graph graph) {
        this.graph = graph;
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

    private static Optional<Change> change(TransactionContext tx, String id) {
        return tx.run(CHANGE, Map.of("id", id)).list().stream().findFirst().map(r -> toChange(r.get("c")));
    }

    private static Change toChange(Value c) {
        return new Change(text(c, "id"), c.get("sequence").asLong(), text(c, "action"), text(c, "by"), text(c, "at"),
                texts(c, "organisationIds"),
                c.get("before").isNull() ? null : GraphJson.parse(c.get("before").asString()),
                c.get("after").isNull() ? null : GraphJson.parse(c.get("after").asString()),
                !c.get("undone").isNull() && c.get("undone").asBoolean(), text(c, "undoneBy"), text(c, "undoneAt"));
    }
}
