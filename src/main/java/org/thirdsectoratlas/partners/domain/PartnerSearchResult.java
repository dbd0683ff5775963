package org.thirdsectoratlas.partners.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * @param coveredByMembers what the bid's members already cover
 * @param uncovered        what nobody found covers, even with every candidate
 * @param candidatesFound  how many organisations add something (candidates holds the best {@code limit})
 */
@Schema(requiredProperties = {"candidates", "candidatesFound", "coveredByMembers", "uncovered", "ranking"})
public record PartnerSearchResult(List<Candidate> candidates, int candidatesFound, Coverage coveredByMembers,
                                  Coverage uncovered, String ranking) {
}
