package org.thirdsectoratlas.insights.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A community: the research survey's percentages beside the share of the graph's third-sector
 * organisations that state they support it (of those that state any community, as the survey asked).
 */
@Schema(requiredProperties = {"id", "name", "organisations"})
public record CommunityServed(String id, String name, Integer surveyPrimaryPercent, Integer surveyAdditionalPercent,
                              long organisations, Double percentOfOrganisationsStatingCommunities) {

    public static CommunityServed of(String id, String name, Integer primary, Integer additional,
                                     long organisations, long organisationsStatingCommunities) {
        return new CommunityServed(id, name, primary, additional, organisations,
                Percent.of(organisations, organisationsStatingCommunities));
    }
}
