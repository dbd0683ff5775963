package org.thirdsectoratlas.trust.domain;

/** How formal a tie is (the Third Sector Trends categories); UNSTATED when the source does not say. */
public enum Formality {
    FORMAL(0), SEMI_FORMAL(1), INFORMAL(2), UNSTATED(2);

    private final int weakness;

    Formality(int weakness) {
        this.weakness = weakness;
    }

    /** 0 for formal ties up to 2 for informal or unstated ones; used in ranking. */
    public int weakness() {
        return weakness;
    }

    public static Formality parse(String value) {
        if (value == null || value.isBlank()) {
            return UNSTATED;
        }
        try {
            return valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNSTATED;
        }
    }
}
