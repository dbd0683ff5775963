package org.thirdsectoratlas.partners.domain;

import java.util.List;

/**
 * @param coveredByMembers what the bid's members already cover
 * @param uncovered        what nobody found covers, even with every candidate
 * @param candidatesFound  how many organisations add something (candidates holds the best {@code limit})
 */
public record PartnerSearchResult(List<Candidate> candidates, int candidatesFound, Coverage coveredByMembers,
                                  Coverage uncovered, String ranking) {
}
