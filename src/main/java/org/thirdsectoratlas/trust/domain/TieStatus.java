package org.thirdsectoratlas.trust.domain;

/** Whether the other side has confirmed a tie. WITHDRAWN ties never reach the trust graph. */
public enum TieStatus {
    CONFIRMED(0), CLAIMED(1);

    private final int weakness;

    TieStatus(int weakness) {
        this.weakness = weakness;
    }

    public int weakness() {
        return weakness;
    }

    /** A missing status is read as CLAIMED: nobody has confirmed it. */
    public static TieStatus parse(String value) {
        return "CONFIRMED".equals(value) ? CONFIRMED : CLAIMED;
    }

    public static TieStatus weaker(TieStatus a, TieStatus b) {
        return a == CLAIMED || b == CLAIMED ? CLAIMED : CONFIRMED;
    }
}
