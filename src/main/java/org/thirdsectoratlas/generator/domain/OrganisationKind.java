package org.thirdsectoratlas.generator.domain;

/** The graph model's organisation kinds, with the share of each among ordinary generated organisations. */
enum OrganisationKind {
    CHARITY(50),
    COMMUNITY_GROUP(33),
    SOCIAL_ENTERPRISE(13),
    INFRASTRUCTURE_BODY(1),
    FUNDER(1.5),
    STATUTORY_BODY(0.7),
    RESEARCH_BODY(0.8);

    final double share;

    OrganisationKind(double share) {
        this.share = share;
    }

    /** Front-line organisations: they serve communities, join consortia and are supported by infrastructure. */
    boolean frontLine() {
        return this == CHARITY || this == COMMUNITY_GROUP || this == SOCIAL_ENTERPRISE;
    }

    static WeightedChoice choice() {
        double[] weights = new double[values().length];
        for (OrganisationKind kind : values()) {
            weights[kind.ordinal()] = kind.share;
        }
        return new WeightedChoice(weights);
    }
}
