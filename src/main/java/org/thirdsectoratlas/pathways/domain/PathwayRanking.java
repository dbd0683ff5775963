package org.thirdsectoratlas.pathways.domain;

import java.util.Comparator;
import java.util.List;

/**
 * The ranking rule: lower cost first (fewer hops; a hop through a network above the soft hub limit counts
 * 1 + log2(size / soft limit), rounded up to a quarter), then stronger ties (lower weakness: formal before
 * semi-formal before informal or unstated, confirmed before claimed), then the more recent oldest
 * confirmation, then the organisation ids in order (so the answer is deterministic).
 */
public final class PathwayRanking {

    public static final String RULE = "Ranked by: (1) cost = number of hops, where a hop through a network, "
            + "consortium or resource above the soft hub limit costs 1 + log2(size / soft limit) rounded up to a quarter; "
            + "(2) weakness = sum over hops of formality (FORMAL 0, SEMI_FORMAL 1, INFORMAL or unstated 2) plus "
            + "status (CONFIRMED 0, CLAIMED 1); (3) the more recent oldest lastConfirmed; (4) organisation ids. "
            + "score = cost + weakness / 100 (lower is better).";

    private static final Comparator<java.time.LocalDate> NEWER_FIRST = Comparator.nullsLast(Comparator.reverseOrder());

    public static final Comparator<Pathway> ORDER = Comparator.comparingDouble(Pathway::cost)
            .thenComparingInt(Pathway::weakness)
            .thenComparing(Pathway::oldestConfirmation, NEWER_FIRST)
            .thenComparing(Pathway::organisationIds, PathwayRanking::compareIds);

    private PathwayRanking() {
    }

    static int compareIds(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
