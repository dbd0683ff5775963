package org.thirdsectoratlas.shared.infrastructure;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;
import org.thirdsectoratlas.shared.domain.Provenance;

/** Small conversions from driver values to the domain's plain Java types. */
public final class GraphValues {

    /** RFC 3339 in UTC to the millisecond: what clients parse, unlike Java's {@code Z[Etc/UTC]} zone-id form. */
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private GraphValues() {
    }

    /** A string property, or null when absent. */
    public static String text(Value map, String key) {
        return text(map.get(key));
    }

    /** A string column of a record, or null when it is null. */
    public static String text(Record record, String key) {
        return text(record.get(key));
    }

    /** Any value as text, null for null; date-times (Neo4j's {@code datetime()}) as RFC 3339 in UTC. */
    public static String text(Value v) {
        if (v.isNull()) {
            return null;
        }
        if (v.hasType(TypeSystem.getDefault().DATE_TIME())) {
            return RFC_3339.format(v.asZonedDateTime().withZoneSameInstant(ZoneOffset.UTC));
        }
        return v.asObject().toString();
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
