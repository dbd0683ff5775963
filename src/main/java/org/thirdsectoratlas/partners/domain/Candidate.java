package org.thirdsectoratlas.partners.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.thirdsectoratlas.pathways.domain.Pathway;

/**
 * An organisation that could join the bid.
 *
 * @param adds        what it brings that the members lack
 * @param closeness   the best pathway from it to the nearest member (null: none within the hop limit, or not
 *                    computed because the candidate ranks too low, or the bid has no members yet)
 */
@Schema(requiredProperties = {"id", "name", "adds", "newCoverage"})
public record Candidate(String id, String name, Coverage adds, int newCoverage, Pathway closeness) {
}
