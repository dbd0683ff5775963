package org.thirdsectoratlas.map.domain;

public interface NetworkMapRepository {

    /** The best-connected nodes matching the filter, at most {@code limit}, with the ties among them. */
    MapGraph overview(MapFilter filter, int limit);

    /** A node's direct neighbours (at most {@code limit}, best-connected first) and the ties to them. */
    MapGraph neighbourhood(String id, MapFilter filter, int limit);

    MapFilterOptions filterOptions();
}
