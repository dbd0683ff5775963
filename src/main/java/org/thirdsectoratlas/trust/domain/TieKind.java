package org.thirdsectoratlas.trust.domain;

/** The ties of trust a collaboration pathway may use; nothing else (shared community, shared place) counts. */
public enum TieKind {
    /** (a)-[:COLLABORATES_WITH]-(b), read in both directions. */
    COLLABORATION,
    /** both MEMBER_OF the same Network. */
    NETWORK,
    /** both PARTNER_IN the same Consortium. */
    CONSORTIUM,
    /** both SHARES the same Resource. */
    SHARED_RESOURCE,
    /** (a)-[:SUPPORTED_BY]->(infrastructure body b). */
    INFRASTRUCTURE_SUPPORT;

    /** The relationship type an organisation uses to join a group of this kind. */
    public static TieKind ofGroupRelationship(String type) {
        return switch (type) {
            case "MEMBER_OF" -> NETWORK;
            case "PARTNER_IN" -> CONSORTIUM;
            case "SHARES" -> SHARED_RESOURCE;
            default -> throw new IllegalArgumentException("not a group relationship: " + type);
        };
    }

    public static TieKind ofDirectRelationship(String type) {
        return switch (type) {
            case "COLLABORATES_WITH" -> COLLABORATION;
            case "SUPPORTED_BY" -> INFRASTRUCTURE_SUPPORT;
            default -> throw new IllegalArgumentException("not a direct tie: " + type);
        };
    }

    public boolean viaGroup() {
        return this == NETWORK || this == CONSORTIUM || this == SHARED_RESOURCE;
    }
}
