package org.thirdsectoratlas.trust.domain;

/**
 * A fact's privacy tier as the privacy rule reads it (shared/infrastructure/VisibilityRule): PUBLIC (or none) for
 * everyone, PARTNERS for the owner's members and its confirmed partners' members, anything else for the owner's
 * members only. Moderators see every tier.
 */
public enum Tier {
    PUBLIC, PARTNERS, PRIVATE;

    private static final Tier[] VALUES = values();

    /** Null and PUBLIC are public, PARTNERS is partners-only, any other value is private (as the rule reads it). */
    public static Tier parse(String visibility) {
        if (visibility == null || "PUBLIC".equals(visibility)) {
            return PUBLIC;
        }
        return "PARTNERS".equals(visibility) ? PARTNERS : PRIVATE;
    }

    static Tier of(byte ordinal) {
        return VALUES[ordinal];
    }

    /** The stricter of two tiers: a fact hidden by either is hidden. */
    public static Tier stricter(Tier a, Tier b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
