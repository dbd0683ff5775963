package org.thirdsectoratlas.insights.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organisation covering a cell.
 *
 * @param ownLocality true when it OPERATES_IN the cell's locality (or a place within it) itself
 * @param throughNetworks networks it is a member of that operate there, where its own places do not
 */
@Schema(requiredProperties = {"id", "name", "ownLocality", "throughNetworks"})
public record CellOrganisation(String id, String name, String kind, boolean ownLocality,
                               List<String> throughNetworks) {
}
