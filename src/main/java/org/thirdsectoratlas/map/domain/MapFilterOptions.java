package org.thirdsectoratlas.map.domain;

import java.util.List;

/** What the map's filters can be set to. */
public record MapFilterOptions(List<MapOption> communities, List<MapOption> localities, List<MapOption> networks) {
}
