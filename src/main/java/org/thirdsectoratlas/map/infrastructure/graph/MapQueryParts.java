package org.thirdsectoratlas.map.infrastructure.graph;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.thirdsectoratlas.map.domain.MapFilter;

/**
 * The pieces of Cypher that decide what the network map shows: which nodes a filter keeps, which ties,
 * how formal a tie is and how many ties a node has. The map's queries and the graph export (exports/) are
 * built from them, so a download holds exactly what the same filters draw. Constant text only (no user
 * input); every piece passes the privacy rule through VISIBLE markers (VisibilityRule.expand).
 */
public final class MapQueryParts {

    /** The tie types the map draws. */
    public static final String TIE_TYPES = "MEMBER_OF|PARTNER_IN|COLLABORATES_WITH|SUPPORTED_BY";

    // Which nodes a filter keeps: organisations by their own kind, community and locality; networks and
    // consortia when one of their members matches. Written for the variable n; nodeFilter renames it.
    private static final String NODE_FILTER = """
            n.retired IS NULL AND VISIBLE(n, n)
            AND ($kind IS NULL OR NOT n:Organisation OR n.kind = $kind)
            AND ($formality IS NULL OR n:Organisation OR coalesce(n.formality, CASE WHEN n:Consortium THEN 'FORMAL' END) = $formality)
            AND ($network IS NULL OR n.id = $network
                 OR EXISTS { MATCH (n)-[t:MEMBER_OF]->(:Network {id: $network}) WHERE VISIBLE(t, n) })
            AND ($community IS NULL
                 OR EXISTS { MATCH (n)-[t:SUPPORTS]->(:Community {id: $community}) WHERE VISIBLE(t, n) }
                 OR EXISTS { MATCH (n)<-[t:MEMBER_OF|PARTNER_IN]-(m:Organisation)-[s:SUPPORTS]->(:Community {id: $community})
                             WHERE VISIBLE(m, m) AND VISIBLE(t, m) AND VISIBLE(s, m) })
            AND ($locality IS NULL
                 OR EXISTS { MATCH (n)-[t:OPERATES_IN]->(:Locality {id: $locality}) WHERE VISIBLE(t, n) }
                 OR EXISTS { MATCH (n)<-[t:MEMBER_OF|PARTNER_IN]-(m:Organisation)-[s:OPERATES_IN]->(:Locality {id: $locality})
                             WHERE VISIBLE(m, m) AND VISIBLE(t, m) AND VISIBLE(s, m) })
            """;

    /** The filter on the map's nodes, for the variable n. */
    public static final String NODE_FILTER_N = NODE_FILTER;

    /** Ties between a and b (relationship r, its formality bound as {@code formality}) the filter keeps. */
    public static final String TIE_FILTER = """
            coalesce(r.status, 'CONFIRMED') <> 'WITHDRAWN'
            AND (NOT $confirmedOnly OR r.status = 'CONFIRMED')
            AND ($formality IS NULL OR formality = $formality)
            AND VISIBLE(a, a) AND VISIBLE(b, b) AND VISIBLE(r, a, b)
            """;

    /** A node n's ties as the viewer may see them (a degree must not reveal a hidden tie). */
    public static final String DEGREE = """
            COUNT { MATCH (n)-[d:MEMBER_OF|PARTNER_IN|COLLABORATES_WITH|SUPPORTED_BY]-(m) WHERE VISIBLE(m, m) AND VISIBLE(d, n, m) }""";

    /** How formal the tie r from a to b is: a network's formality, FORMAL for a consortium, a collaboration's own. */
    public static final String FORMALITY = """
            CASE type(r) WHEN 'MEMBER_OF' THEN b.formality WHEN 'PARTNER_IN' THEN 'FORMAL'
                         WHEN 'COLLABORATES_WITH' THEN r.formality END""";

    private static final Pattern N = Pattern.compile("\\bn\\b");
    private static final Pattern VARIABLE = Pattern.compile("[a-z][A-Za-z0-9_]*");

    private MapQueryParts() {
    }

    /** The node filter for another query variable (a constant name of the calling query, never user text). */
    public static String nodeFilter(String variable) {
        if (!VARIABLE.matcher(variable).matches() || variable.equals("m") || variable.equals("t")
                || variable.equals("s")) {
            throw new IllegalArgumentException("A plain variable name other than m, t, s: " + variable);
        }
        return N.matcher(NODE_FILTER).replaceAll(variable);
    }

    /** The filter's query parameters (the viewer is added by VisibilityRule.with). */
    public static Map<String, Object> parameters(MapFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("community", filter.community());
        params.put("locality", filter.locality());
        params.put("kind", filter.kind());
        params.put("network", filter.network());
        params.put("formality", filter.formality());
        params.put("confirmedOnly", filter.confirmedOnly());
        return params;
    }
}
