package org.thirdsectoratlas.shared.infrastructure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * THE privacy rule, as one Cypher predicate every read query uses (docs/security.md "Privacy tiers").
 * A fact (node or relationship) with visibility PUBLIC (or none) is visible to all; PARTNERS to members of
 * the owning organisation and of organisations with a CONFIRMED collaboration or a shared consortium with
 * it; PRIVATE to members of the owning organisation; moderators see everything. The owner of an
 * organisation node is itself; the owner of a relationship is the organisation that recorded it (its
 * start node).
 *
 * <pre>{@code
 * MATCH (o:Organisation)-[m:MEMBER_OF]->(n:Network)
 * WHERE  + VisibilityRule.visible("o", "o") +  AND  + VisibilityRule.visible("m", "o")
 * ... tx.run(query, VisibilityRule.with(params, viewer))
 * }</pre>
 * Longer queries write {@code VISIBLE(fact, owner)} (or {@code VISIBLE(tie, a, b)} for a tie between two
 * organisations, visible as either end's fact) and pass the text through {@link #expand(String)} once, when
 * the constant is built.
 */
public final class VisibilityRule {

    /** The query parameter the predicate reads: {organisations: [ids], moderator: boolean}. */
    public static final String PARAMETER = "viewer";

    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern MARKER = Pattern.compile(
            "VISIBLE\\(\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*,\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?:,\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*)?\\)");

    private static final String PREDICATE = """
            (coalesce(%1$s.visibility, 'PUBLIC') = 'PUBLIC'
             OR $viewer.moderator
             OR %2$s.id IN $viewer.organisations
             OR (%1$s.visibility = 'PARTNERS' AND (
                  EXISTS { MATCH (%2$s)-[visTie:COLLABORATES_WITH]-(visPartner:Organisation)
                           WHERE visTie.status = 'CONFIRMED' AND visPartner.id IN $viewer.organisations }
                  OR EXISTS { MATCH (%2$s)-[visOwn:PARTNER_IN]->(:Consortium)<-[visTheirs:PARTNER_IN]-(visPartner:Organisation)
                              WHERE visOwn.status = 'CONFIRMED' AND visTheirs.status = 'CONFIRMED'
                                AND visPartner.id IN $viewer.organisations })))""";

    private VisibilityRule() {
    }

    /**
     * A Cypher boolean expression: may the viewer see {@code fact}, owned by the organisation bound to
     * {@code owner}? Both are variable names of the query (never user input).
     */
    public static String visible(String fact, String owner) {
        if (!VARIABLE.matcher(fact).matches() || !VARIABLE.matcher(owner).matches()) {
            throw new IllegalArgumentException("Cypher variable names only: " + fact + ", " + owner);
        }
        return PREDICATE.formatted(fact, owner);
    }

    /** For a tie between two organisations: visible when the viewer may see it as the fact of either end. */
    public static String visible(String tie, String oneEnd, String otherEnd) {
        return "(" + visible(tie, oneEnd) + " OR " + visible(tie, otherEnd) + ")";
    }

    /**
     * The query with every {@code VISIBLE(fact, owner)} and {@code VISIBLE(tie, a, b)} replaced by the
     * predicate. Only for constant query text written in code: the markers name query variables.
     */
    public static String expand(String cypher) {
        Matcher m = MARKER.matcher(cypher);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String predicate = m.group(3) == null ? visible(m.group(1), m.group(2))
                    : visible(m.group(1), m.group(2), m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement(predicate));
        }
        m.appendTail(out);
        if (out.indexOf("VISIBLE(") >= 0) {
            throw new IllegalArgumentException("A VISIBLE marker is malformed in: " + cypher);
        }
        return out.toString();
    }

    /** The value of the {@value #PARAMETER} parameter for this viewer. */
    public static Map<String, Object> parameter(Viewer viewer) {
        return Map.of("organisations", List.copyOf(viewer.organisations()), "moderator", viewer.moderator());
    }

    /** The query's parameters plus the viewer. */
    public static Map<String, Object> with(Map<String, Object> parameters, Viewer viewer) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put(PARAMETER, parameter(viewer));
        return all;
    }
}
