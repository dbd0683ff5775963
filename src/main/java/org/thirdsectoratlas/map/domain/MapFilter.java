package org.thirdsectoratlas.map.domain;

/** Optional filters of the map; null means "any". */
public record MapFilter(String community, String locality, String kind, String network, String formality,
                        boolean confirmedOnly) {

    public static MapFilter none() {
        return new MapFilter(null, null, null, null, null, false);
    }
}
