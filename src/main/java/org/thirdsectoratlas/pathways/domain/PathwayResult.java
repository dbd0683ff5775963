package org.thirdsectoratlas.pathways.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer: the best pathways, best first; when there are none, {@code reason} says why.
 *
 * @param explored how many organisations the search looked at (a measure of its cost)
 */
@Schema(requiredProperties = {"from", "to", "pathways", "ranking", "explored"})
public record PathwayResult(String from, String to, List<Pathway> pathways, String reason, String ranking,
                            int explored) {
}
