package org.thirdsectoratlas.map.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which values the map's filters accept. The map page and the graph export (exports/) check their
 * parameters here, so a filter that draws a map also downloads it.
 */
public final class MapFilterRules {

    public static final Set<String> KINDS = Set.of("CHARITY", "COMMUNITY_GROUP", "SOCIAL_ENTERPRISE",
            "INFRASTRUCTURE_BODY", "FUNDER", "STATUTORY_BODY", "RESEARCH_BODY");
    public static final List<String> FORMALITIES = List.of("INFORMAL", "SEMI_FORMAL", "FORMAL");
    /** Ids are slugs (the same rule as the API's Params.ID). */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,199}");

    private MapFilterRules() {
    }

    /**
     * The names of the parameters whose values the map cannot use, in the order the page shows its
     * filters; empty when all are usable. Null means "any".
     */
    public static List<String> unusable(String focus, MapFilter filter) {
        List<String> bad = new ArrayList<>();
        check(bad, "focus", focus == null || ID.matcher(focus).matches());
        check(bad, "kind", filter.kind() == null || KINDS.contains(filter.kind()));
        check(bad, "formality", filter.formality() == null || FORMALITIES.contains(filter.formality()));
        check(bad, "community", filter.community() == null || ID.matcher(filter.community()).matches());
        check(bad, "locality", filter.locality() == null || ID.matcher(filter.locality()).matches());
        check(bad, "network", filter.network() == null || ID.matcher(filter.network()).matches());
        return bad;
    }

    /** What a caller is told about a parameter {@link #unusable} names. */
    public static String allowed(String parameter) {
        return switch (parameter) {
            case "kind" -> "kind must be one of " + String.join(", ", KINDS.stream().sorted().toList());
            case "formality" -> "formality must be one of " + String.join(", ", FORMALITIES);
            default -> parameter + " must be an id: letters, digits, '-', '_' or '.', at most 200 characters";
        };
    }

    private static void check(List<String> bad, String parameter, boolean ok) {
        if (!ok) {
            bad.add(parameter);
        }
    }
}
