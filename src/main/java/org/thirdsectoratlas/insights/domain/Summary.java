package org.thirdsectoratlas.insights.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The graph in numbers, set against the research: formality mix against Third Sector Trends, and
 * communities served against the survey.
 *
 * @param thirdSectorOrganisations organisations of a third-sector kind (charity, community group,
 *                                 social enterprise, infrastructure body): the base of the percentages
 */
@Schema(requiredProperties = {"organisationsByKind", "networksByFormality", "consortiaByStructure", "ties", "thirdSectorOrganisations", "formality", "organisationsStatingCommunities", "communities"})
public record Summary(List<Count> organisationsByKind, List<Count> networksByFormality,
                      List<Count> consortiaByStructure, List<TieCount> ties, long thirdSectorOrganisations,
                      List<FormalityMix> formality, long organisationsStatingCommunities,
                      List<CommunityServed> communities) {

    /** The organisation kinds counted as third sector, as Third Sector Trends counts TSOs. */
    public static final List<String> THIRD_SECTOR_KINDS = List.of("CHARITY", "COMMUNITY_GROUP", "SOCIAL_ENTERPRISE",
            "INFRASTRUCTURE_BODY");
}
