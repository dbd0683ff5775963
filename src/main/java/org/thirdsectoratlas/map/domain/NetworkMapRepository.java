package org.thirdsectoratlas.map.domain;

import org.thirdsectoratlas.shared.domain.Viewer;

public interface NetworkMapRepository {

    /**
     * The best-connected nodes matching the filter, at most {@code limit}, with the ties among them; only
     * what the viewer may see.
     */
    MapGraph overview(MapFilter filter, int limit, Viewer viewer);

    /** A node's direct neighbours (at most {@code limit}, best-connected first) and the ties to them the viewer may see. */
    MapGraph neighbourhood(String id, MapFilter filter, int limit, Viewer viewer);

    MapFilterOptions filterOptions();
}
