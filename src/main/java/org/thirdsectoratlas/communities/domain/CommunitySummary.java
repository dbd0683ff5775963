package org.thirdsectoratlas.communities.domain;

/** A line of the community list: the survey figures and how many organisations and networks support it. */
public record CommunitySummary(String id, String name, Integer surveyPrimaryPercent, Integer surveyAdditionalPercent,
                               long organisations, long networks) {
}
