package org.thirdsectoratlas.pathways.domain;

import java.util.Set;

/**
 * What a caller asks for. {@code via} is an organisation the pathway must pass through, or a network,
 * consortium or resource whose co-membership it must use (a group named here is usable even above the
 * hard hub limit).
 */
public record PathwayQuery(String from, String to, int limit, int maxHops, boolean confirmedOnly,
                           boolean formalOnly, String via, Set<String> avoid) {

    public static final int DEFAULT_LIMIT = 3;
    public static final int MAX_LIMIT = 10;
    public static final int DEFAULT_MAX_HOPS = 4;
    public static final int MAX_HOPS = 6;
    /** At most this many organisations can be avoided in one query. */
    public static final int MAX_AVOID = 50;

    public PathwayQuery {
        avoid = Set.copyOf(avoid);
    }

    public static PathwayQuery between(String from, String to) {
        return new PathwayQuery(from, to, DEFAULT_LIMIT, DEFAULT_MAX_HOPS, false, false, null, Set.of());
    }

    public PathwayQuery withLimit(int newLimit) {
        return new PathwayQuery(from, to, newLimit, maxHops, confirmedOnly, formalOnly, via, avoid);
    }

    public PathwayQuery withMaxHops(int hops) {
        return new PathwayQuery(from, to, limit, hops, confirmedOnly, formalOnly, via, avoid);
    }

    public PathwayQuery withConfirmedOnly(boolean only) {
        return new PathwayQuery(from, to, limit, maxHops, only, formalOnly, via, avoid);
    }

    public PathwayQuery withFormalOnly(boolean only) {
        return new PathwayQuery(from, to, limit, maxHops, confirmedOnly, only, via, avoid);
    }

    public PathwayQuery withVia(String through) {
        return new PathwayQuery(from, to, limit, maxHops, confirmedOnly, formalOnly, through, avoid);
    }

    public PathwayQuery withAvoid(Set<String> ids) {
        return new PathwayQuery(from, to, limit, maxHops, confirmedOnly, formalOnly, via, ids);
    }
}
