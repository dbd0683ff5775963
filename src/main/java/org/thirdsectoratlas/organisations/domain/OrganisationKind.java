package org.thirdsectoratlas.organisations.domain;

/** The kinds of organisation the Atlas tells apart. */
public enum OrganisationKind {
    CHARITY, COMMUNITY_GROUP, SOCIAL_ENTERPRISE, INFRASTRUCTURE_BODY, FUNDER, STATUTORY_BODY, RESEARCH_BODY
}
