package org.thirdsectoratlas.exports.domain;

import java.util.Map;

/**
 * The network map's colours and node sizes (resources/js/network-map.js and the legend in atlas.css), so an
 * exported graph opens in Gephi looking like the map. Resources are not drawn on the map; they take the
 * grey the map gives an organisation of unknown kind, lighter.
 */
public final class MapPalette {

    public static final Map<String, String> KIND_COLOURS = Map.of(
            "CHARITY", "#1d70b8", "COMMUNITY_GROUP", "#00703c", "SOCIAL_ENTERPRISE", "#6f2c91",
            "INFRASTRUCTURE_BODY", "#d4351c", "FUNDER", "#b35900", "STATUTORY_BODY", "#4c2c92",
            "RESEARCH_BODY", "#505a5f");
    public static final String NETWORK = "#28a197";
    public static final String CONSORTIUM = "#594d00";
    public static final String UNKNOWN_KIND = "#505a5f";
    public static final String RESOURCE = "#b1b4b6";

    private MapPalette() {
    }

    public static String colour(String type, String kind) {
        return switch (type) {
            case "NETWORK" -> NETWORK;
            case "CONSORTIUM" -> CONSORTIUM;
            case "RESOURCE" -> RESOURCE;
            default -> KIND_COLOURS.getOrDefault(kind == null ? "" : kind, UNKNOWN_KIND);
        };
    }

    /** Cytoscape's mapData(degree, 0, 40, 16, 56): 16 px with no ties, 56 px from 40 ties on. */
    public static double size(long degree) {
        return 16 + Math.min(Math.max(degree, 0), 40);
    }

    /** Red, green and blue of a #rrggbb colour. */
    public static int[] rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
    }
}
