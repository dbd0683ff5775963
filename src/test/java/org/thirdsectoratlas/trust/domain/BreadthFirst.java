package org.thirdsectoratlas.trust.domain;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The in-memory floor the benchmark compares a pathway search with: the fewest hops from one organisation to
 * another over a caller's view, breadth-first with groups as nodes (each group opened once), on primitives. It
 * answers a poorer question (no ranking, no words, no k), so it bounds what any search over the same graph costs.
 */
public final class BreadthFirst {

    private BreadthFirst() {
    }

    /** The fewest hops within {@code maxHops}, or -1. */
    public static int fewestHops(TrustView view, int from, int to, int maxHops) {
        if (from == to) {
            return 0;
        }
        TrustGraphSnapshot g = view.graph();
        int[] level = new int[g.organisationCount()];
        Arrays.fill(level, -1);
        BitSet opened = new BitSet(g.groupCount());
        int[] queue = new int[64];
        int head = 0;
        int tail = 0;
        level[from] = 0;
        queue[tail++] = from;
        int[] found = {-1};
        while (head < tail && found[0] < 0) {
            int x = queue[head++];
            int next = level[x] + 1;
            if (next > maxHops) {
                break;
            }
            int[][] q = {queue};
            int[] t = {tail};
            java.util.function.IntConsumer reach = y -> {
                if (level[y] < 0) {
                    level[y] = next;
                    if (y == to) {
                        found[0] = next;
                    }
                    if (t[0] == q[0].length) {
                        q[0] = Arrays.copyOf(q[0], t[0] * 2);
                    }
                    q[0][t[0]++] = y;
                }
            };
            view.tieNeighbours(x, reach);
            view.groups(x, (group, weakness) -> {
                if (!opened.get(group)) {
                    opened.set(group);
                    view.memberOrganisations(group, reach);
                }
            });
            queue = q[0];
            tail = t[0];
        }
        return found[0];
    }
}
