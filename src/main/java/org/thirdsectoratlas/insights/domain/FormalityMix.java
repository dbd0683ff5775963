package org.thirdsectoratlas.insights.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One Third Sector Trends formality category: the national figure beside what the graph shows.
 *
 * @param organisationsEngaged third-sector organisations in the graph working this way: members of a
 *                             network of this formality, collaborating with this formality, or (FORMAL)
 *                             partners in a consortium
 * @param percentOfOrganisations their share of the graph's third-sector organisations
 */
@Schema(requiredProperties = {"formality", "networks", "organisationsEngaged"})
public record FormalityMix(String formality, String trendMeasure, Integer trendPercentEngaged,
                           Integer trendPercentInterested, long networks, long organisationsEngaged,
                           Double percentOfOrganisations) {

    public static FormalityMix of(String formality, String measure, Integer engaged, Integer interested,
                                  long networks, long organisations, long thirdSectorOrganisations) {
        return new FormalityMix(formality, measure, engaged, interested, networks, organisations,
                Percent.of(organisations, thirdSectorOrganisations));
    }
}
