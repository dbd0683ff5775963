package org.thirdsectoratlas.partners.domain;

import org.thirdsectoratlas.pathways.domain.Pathway;

/**
 * An organisation that could join the bid.
 *
 * @param adds        what it brings that the members lack
 * @param closeness   the best pathway from it to the nearest member (null: none within the hop limit, or not
 *                    computed because the candidate ranks too low, or the bid has no members yet)
 */
public record Candidate(String id, String name, Coverage adds, int newCoverage, Pathway closeness) {
}
