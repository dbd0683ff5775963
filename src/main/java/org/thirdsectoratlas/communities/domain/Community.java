package org.thirdsectoratlas.communities.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.thirdsectoratlas.shared.domain.Provenance;

/**
 * A community of interest or identity, with the research survey's figures (null when the category is
 * not in that list) and the organisations and networks supporting it.
 *
 * @param surveyPrimaryPercent    % of interviewed organisations naming it as a primary community
 * @param surveyAdditionalPercent % naming it as an additional community
 */
@Schema(requiredProperties = {"id", "name", "aliases", "organisations", "networks", "provenance"})
public record Community(String id, String name, List<String> aliases, Boolean surveyCategory,
                        Integer surveyPrimaryPercent, Integer surveyAdditionalPercent,
                        List<Supporter> organisations, List<Supporter> networks, Provenance provenance) {

    /**
     * An organisation or network working with the community.
     *
     * @param kind     the organisation's kind or the network's formality
     * @param primary  whether it is the supporter's primary community; null when not stated
     * @param statedAs the source's own words where they were mapped onto this category
     */
    @Schema(requiredProperties = {"id", "name"})
    public record Supporter(String id, String name, String kind, Boolean primary, String statedAs,
                            Provenance provenance) {
    }
}
