package org.thirdsectoratlas.communities.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of the community list: the survey figures and how many organisations and networks support it. */
@Schema(requiredProperties = {"id", "name", "organisations", "networks"})
public record CommunitySummary(String id, String name, Integer surveyPrimaryPercent, Integer surveyAdditionalPercent,
                               long organisations, long networks) {
}
