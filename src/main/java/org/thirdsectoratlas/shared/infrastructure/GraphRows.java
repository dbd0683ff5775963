package org.thirdsectoratlas.shared.infrastructure;

import static org.thirdsectoratlas.shared.infrastructure.GraphValues.provenance;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.Link;

/** The read patterns every directory repository shares: one node by id, linked nodes, nullable values. */
public final class GraphRows {

    private GraphRows() {
    }

    /** Runs a query returning at most one row, in a read transaction. */
    public static <T> Optional<T> one(Graph graph, String cypher, Map<String, Object> params,
                                      Function<Record, T> row) {
        return graph.read(tx -> {
            var result = tx.run(cypher, params);
            return result.hasNext() ? Optional.of(row.apply(result.single())) : Optional.empty();
        });
    }

    /** A map {id, name, kind, tie} built in Cypher as a {@link Link}; role and provenance come from the tie. */
    public static Link link(Value v) {
        Value tie = v.get("tie");
        return new Link(text(v, "id"), text(v, "name"), text(v, "kind"),
                tie.isNull() ? null : text(tie, "role"), tie.isNull() ? null : provenance(tie));
    }

    public static List<Link> links(Record record, String key) {
        return record.get(key).asList(GraphRows::link);
    }

    /** The link in a column, or null when the column is null. */
    public static Link optionalLink(Record record, String key) {
        Value v = record.get(key);
        return v.isNull() ? null : link(v);
    }

    public static Integer integer(MapAccessor map, String key) {
        Value v = map.get(key);
        return v.isNull() ? null : v.asInt();
    }

    public static Double decimal(MapAccessor map, String key) {
        Value v = map.get(key);
        return v.isNull() ? null : v.asDouble();
    }

    public static Boolean flag(MapAccessor map, String key) {
        Value v = map.get(key);
        return v.isNull() ? null : v.asBoolean();
    }

    public static long count(Record record, String key) {
        return record.get(key).asLong();
    }
}
