package org.thirdsectoratlas.organisations.infrastructure.graph;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;

/**
 * The infrastructure-support queries of a hub visit every tie to count what the viewer may see. Most ties and
 * organisations are public; {@code PUBLIC(node, tie)} says so with two property reads, so that the full
 * {@link VisibilityRule} (whose partner checks the planner runs as per-row semi-applies) is only evaluated for
 * the rest. {@code WITH ..., PUBLIC(node, tie) AS open WHERE open OR (VISIBLE(node, node) AND VISIBLE(tie, a, b))}
 * is the same rule (a public node and a public tie are visible to everyone); binding it first matters: written
 * inline in one WHERE, the planner runs the partner checks for every row anyway (ten times the db hits).
 */
final class SupportTies {

    private static final Pattern MARKER = Pattern.compile(
            "PUBLIC\\(\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*,\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\)");

    private SupportTies() {
    }

    /** The query with each PUBLIC(node, tie) replaced, then its VISIBLE markers expanded. */
    static String expand(String cypher) {
        Matcher m = MARKER.matcher(cypher);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(
                    "(coalesce(%1$s.visibility, 'PUBLIC') = 'PUBLIC' AND coalesce(%2$s.visibility, 'PUBLIC') = 'PUBLIC')"
                            .formatted(m.group(1), m.group(2))));
        }
        m.appendTail(out);
        return VisibilityRule.expand(out.toString());
    }
}
