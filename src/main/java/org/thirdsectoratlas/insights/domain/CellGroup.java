package org.thirdsectoratlas.insights.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A network or consortium covering a cell.
 *
 * @param kind    the network's formality or the consortium's structure (null when unstated)
 * @param own     true when its own SUPPORTS and OPERATES_IN ties cover the cell
 * @param members ids of its members/partners that cover the cell
 */
@Schema(requiredProperties = {"id", "name", "own", "members"})
public record CellGroup(String id, String name, String kind, boolean own, List<String> members) {
}
