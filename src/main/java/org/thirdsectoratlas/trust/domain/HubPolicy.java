package org.thirdsectoratlas.trust.domain;

/**
 * How big groups (networks, consortia, shared resources with many members) take part in pathways.
 * A group of at most {@code softLimit} members is an ordinary tie: each co-membership is one hop of cost 1.
 * Above it the group is a weak tie: its hop costs {@code 1 + log2(size / softLimit)}, rounded up to a quarter,
 * and the search never fans out to its members; it only bridges organisations the search reached anyway.
 * Above {@code hardLimit} the group is ignored, unless the caller names it in {@code via}.
 * Size is the number of membership relationships recorded for the group (read from the node's degree).
 */
public record HubPolicy(int softLimit, int hardLimit) {

    public static final HubPolicy DEFAULT = new HubPolicy(50, 1000);

    public HubPolicy {
        if (softLimit < 2 || hardLimit < softLimit) {
            throw new IllegalArgumentException("need 2 <= softLimit <= hardLimit");
        }
    }

    public boolean fansOut(int size) {
        return size <= softLimit;
    }

    public boolean usable(int size, boolean namedInVia) {
        return size <= hardLimit || namedInVia;
    }

    /** The cost of one co-membership hop through a group of this size. */
    public double cost(int size) {
        if (size <= softLimit) {
            return 1.0;
        }
        double penalty = Math.log((double) size / softLimit) / Math.log(2);
        return 1.0 + Math.ceil(penalty * 4) / 4;
    }
}
