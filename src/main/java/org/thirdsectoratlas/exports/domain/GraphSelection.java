package org.thirdsectoratlas.exports.domain;

import java.util.Set;

import org.thirdsectoratlas.map.domain.MapFilter;

/**
 * What to export: the network map's filters and, when the export is focused, the ids within the radius of the
 * focus (worked out first, so an unknown focus is refused before any byte is written).
 *
 * @param focusIds null when not focused
 */
public record GraphSelection(MapFilter filter, String focus, int radius, Set<String> focusIds) {

    public GraphSelection {
        focusIds = focusIds == null ? null : Set.copyOf(focusIds);
    }

    public static GraphSelection whole(MapFilter filter) {
        return new GraphSelection(filter, null, 0, null);
    }

    /** No filter and no focus: everything the viewer may see. */
    public boolean everything() {
        return focus == null && filter.equals(MapFilter.none());
    }
}
