package org.thirdsectoratlas.shared.infrastructure;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.thirdsectoratlas.shared.domain.Provenance;

/** Small conversions from driver values to the domain's plain Java types. */
public final class GraphValues {

    private GraphValues() {
    }

    /** A string property, or null when absent. */
    public static String text(Value map, String key) {
        Value v = map.get(key);
        return v.isNull() ? null : v.asObject().toString();
    }

    /** A string column of a record, or null when it is null. */
    public static String text(Record record, String key) {
        Value v = record.get(key);
        return v.isNull() ? null : v.asObject().toString();
    }

    public static List<String> texts(Value map, String key) {
        Value v = map.get(key);
        return v.isNull() ? List.of() : v.asList(Value::asString);
    }

    /** A date property (stored as a date, or an ISO-8601 string), or null when absent. */
    public static LocalDate date(Value map, String key) {
        Value v = map.get(key);
        if (v.isNull()) {
            return null;
        }
        return v.type().name().equals("DATE") ? v.asLocalDate() : LocalDate.parse(v.asString().substring(0, 10));
    }

    /**
     * The provenance of a node. A node's own {@code status} (e.g. an organisation's ACTIVE or FORMER) is not
     * a tie status, so it is left out here.
     */
    public static Provenance nodeProvenance(Value node) {
        Provenance p = provenance(node);
        return new Provenance(p.source(), p.sourceRef(), p.sourceQuote(), p.recordedAt(), p.lastConfirmed(), null);
    }

    /** The provenance properties every relationship carries, including its status. */
    public static Provenance provenance(Value element) {
        return new Provenance(text(element, "source"), text(element, "sourceRef"), text(element, "sourceQuote"),
                text(element, "recordedAt"), text(element, "lastConfirmed"), text(element, "status"));
    }
}
