package org.thirdsectoratlas.trust.infrastructure.graph;

import java.time.LocalDate;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;
import org.thirdsectoratlas.trust.domain.TieKind;
import org.thirdsectoratlas.trust.domain.Tier;
import org.thirdsectoratlas.trust.domain.TrustGraphBuilder;

import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;

/**
 * Reads the rows every trust-graph query returns (one shape for the held graph and for the tests' oracle, which
 * reads it through the privacy rule) into a {@link TrustGraphBuilder}. Columns: source, sourceName, row
 * ('TIE' or 'MEMBERSHIP'), tie (the relationship's element id), id, name, type, outgoing, detail, formality, status,
 * lastConfirmed, groupId, groupName, groupFormality, size, and the visibility of source, id and the fact (absent
 * columns read as PUBLIC: a query that filtered by the privacy rule already).
 */
public final class TrustRows {

    /**
     * A group's size as the viewer may see it: its members, networks included, whose node and membership pass
     * the privacy rule (a size must not reveal a hidden membership). Over g; inside VisibilityRule.expand text.
     */
    public static final String VISIBLE_GROUP_SIZE = """
            COUNT { (g)<-[gm:MEMBER_OF|PARTNER_IN|SHARES]-(gz) WHERE VISIBLE(gz, gz) AND VISIBLE(gm, gz) }""";

    /** The RETURN clause shared by the trust queries, over variables x, y, r (tie or membership) and g. */
    public static final String COLUMNS = """
            x.id AS source, x.name AS sourceName, row, elementId(r) AS tie, y.id AS id, y.name AS name, type(r) AS type,
            outgoing, r.kind AS detail, r.formality AS formality, r.status AS status,
            r.lastConfirmed AS lastConfirmed, g.id AS groupId, g.name AS groupName,
            g.formality AS groupFormality, size,
            x.visibility AS sourceVisibility, y.visibility AS visibility, r.visibility AS factVisibility""";

    private TrustRows() {
    }

    public static void add(TrustGraphBuilder builder, Record r) {
        String source = r.get("source").asString();
        builder.organisation(source, text(r, "sourceName"), Tier.parse(text(r, "sourceVisibility")));
        String id = r.get("id").asString();
        builder.organisation(id, text(r, "name"), Tier.parse(text(r, "visibility")));
        Tier tier = Tier.parse(text(r, "factVisibility"));
        String type = r.get("type").asString();
        if ("TIE".equals(r.get("row").asString())) {
            boolean outgoing = r.get("outgoing").asBoolean();
            builder.tie(r.get("tie").asString(), outgoing ? source : id, outgoing ? id : source, TieKind.ofDirectRelationship(type),
                    text(r, "detail"), text(r, "formality"), text(r, "status"), date(r.get("lastConfirmed")), tier);
        } else {
            String group = r.get("groupId").asString();
            builder.group(group, text(r, "groupName"), TieKind.ofGroupRelationship(type), text(r, "groupFormality"),
                    r.get("size").asInt());
            builder.membership(r.get("tie").asString(), id, group, text(r, "status"), date(r.get("lastConfirmed")),
                    tier);
        }
    }

    static LocalDate date(Value v) {
        if (v.isNull()) {
            return null;
        }
        if (v.hasType(TypeSystem.getDefault().DATE())) {
            return v.asLocalDate();
        }
        if (v.hasType(TypeSystem.getDefault().DATE_TIME())) {
            return v.asZonedDateTime().toLocalDate();
        }
        try {
            return LocalDate.parse(v.asString().substring(0, Math.min(10, v.asString().length())));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
