package org.thirdsectoratlas.shared.infrastructure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 */
public final class VisibilityRule {

    /** The query parameter the predicate reads: {organisations: [ids], moderator: boolean}. */
    public static final String PARAMETER = "viewer";

    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

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
