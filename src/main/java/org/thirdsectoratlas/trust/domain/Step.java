package org.thirdsectoratlas.trust.domain;

/**
 * What makes one step of a pathway, packed in one {@code long} so a search can keep hundreds of thousands of them
 * in a primitive array without an object each: a direct tie (negative: the tie's index complemented), or the two
 * memberships of a group, the one the step leaves by (high half) and the one it arrives by (low half). This class
 * is the one place that packs and reads them.
 */
public final class Step {

    private Step() {
    }

    static long tie(int t) {
        return ~(long) t;
    }

    static long through(int membership, int otherMembership) {
        return ((long) membership << 32) | (otherMembership & 0xFFFFFFFFL);
    }

    public static boolean isTie(long step) {
        return step < 0;
    }

    static int tieOf(long step) {
        return (int) ~step;
    }

    static int membershipOf(long step) {
        return (int) (step >>> 32);
    }

    static int otherMembershipOf(long step) {
        return (int) step;
    }
}
