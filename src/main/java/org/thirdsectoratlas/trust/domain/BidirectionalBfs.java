package org.thirdsectoratlas.trust.domain;

import java.util.Arrays;
import java.util.Set;

/**
 * Bidirectional breadth-first search over a {@link TrustGraphSnapshot}'s arrays: the "floor" the scale
 * benchmark compares the Cypher search with, and the reference for the fewest hops in tests. Each round
 * expands the smaller frontier by one level (the shallower one once only a big-group bridge can still win). Small groups fan out to their members; groups above the soft
 * hub limit only join an organisation reached from one end to one reached from the other.
 */
final class BidirectionalBfs {

    private static final int UNSEEN = -1;

    private final TrustGraphSnapshot g;
    private final TieFilter filter;
    private final int[][] dist = new int[2][];
    private final int[][] bigGroupDepth = new int[2][];
    private int best = Integer.MAX_VALUE;

    BidirectionalBfs(TrustGraphSnapshot g, TieFilter filter) {
        this.g = g;
        this.filter = filter;
        for (int side = 0; side < 2; side++) {
            dist[side] = new int[g.organisationCount()];
            Arrays.fill(dist[side], UNSEEN);
            bigGroupDepth[side] = new int[g.groupCount()];
            Arrays.fill(bigGroupDepth[side], UNSEEN);
        }
    }

    int distance(int from, Set<Integer> targets, int maxHops) {
        if (targets.contains(from)) {
            return 0;
        }
        int[][] frontier = {{from}, targets.stream().mapToInt(Integer::intValue).toArray()};
        int[] depth = {0, 0};
        for (int side = 0; side < 2; side++) {
            for (int org : frontier[side]) {
                discover(side, org, 0);
            }
        }
        // The same reach as the Cypher search: ceil(maxHops/2) levels from `from`, floor(maxHops/2) from the
        // targets, so a big group bridges an organisation reached from one end to one reached from the other.
        // Stop only when no pathway within that reach can beat the best: an ordinary one not yet met is at
        // least d0 + d1 + 1 hops; one whose big-group hop is not yet seen from both sides at least
        // min(d0, d1) + 2 over the sides that can still go deeper (big groups never fan out, so each side must
        // reach its member of the group itself). A side whose frontier ran dry has discovered all it can.
        int[] radius = {(maxHops + 1) / 2, maxHops / 2};
        int unbounded = maxHops + 2;
        while (true) {
            int limit = Math.min(best - 1, maxHops);
            int[] ordinary = new int[2];
            int[] bridged = new int[2];
            for (int side = 0; side < 2; side++) {
                boolean dry = frontier[side].length == 0;
                boolean live = !dry && depth[side] < radius[side];
                ordinary[side] = dry ? unbounded : depth[side];
                bridged[side] = live ? depth[side] : unbounded;
            }
            boolean ordinaryOpen = ordinary[0] + ordinary[1] + 1 <= limit;
            boolean bridgedOpen = Math.min(bridged[0], bridged[1]) + 2 <= limit;
            if (!ordinaryOpen && !bridgedOpen) {
                break;
            }
            int side;
            if (ordinaryOpen && bridged[0] < unbounded && bridged[1] < unbounded) {
                side = frontier[0].length <= frontier[1].length ? 0 : 1;
            } else {
                side = bridged[0] <= bridged[1] ? 0 : 1;
            }
            frontier[side] = expand(side, frontier[side], depth[side]);
            depth[side]++;
        }
        return best <= maxHops ? best : -1;
    }

    private int[] expand(int side, int[] frontier, int depth) {
        int[] next = new int[16];
        int size = 0;
        for (int org : frontier) {
            for (int k = g.tieStart(org); k < g.tieEnd(org); k++) {
                int t = g.tieAt(k);
                int other = g.tieOther(t, org);
                if (g.tieAllowed(t, filter) && reach(side, other, depth + 1)) {
                    next = push(next, size++, other);
                }
            }
            for (int k = g.memStart(org); k < g.memEnd(org); k++) {
                int m = g.memAt(k);
                int group = g.memGroupOf(m);
                if (!g.memAllowed(m, filter) || !filter.hubs().fansOut(g.groupSize(group))) {
                    continue;
                }
                for (int j = g.groupMemStart(group); j < g.groupMemEnd(group); j++) {
                    int m2 = g.groupMemAt(j);
                    int other = g.memOrgOf(m2);
                    if (g.memAllowed(m2, filter) && reach(side, other, depth + 1)) {
                        next = push(next, size++, other);
                    }
                }
            }
        }
        return Arrays.copyOf(next, size);
    }

    private static int[] push(int[] array, int at, int value) {
        int[] a = at == array.length ? Arrays.copyOf(array, at * 2) : array;
        a[at] = value;
        return a;
    }

    /** Marks an organisation reached; true when it is new on this side. */
    private boolean reach(int side, int org, int depth) {
        if (dist[side][org] != UNSEEN || !filter.accepts(g.id(org))) {
            return false;
        }
        discover(side, org, depth);
        return true;
    }

    private void discover(int side, int org, int depth) {
        dist[side][org] = depth;
        int other = dist[1 - side][org];
        if (other != UNSEEN) {
            best = Math.min(best, depth + other);
        }
        // Big groups: remember the shallowest organisation of each side in them; a match across sides is a bridge.
        for (int k = g.memStart(org); k < g.memEnd(org); k++) {
            int m = g.memAt(k);
            int group = g.memGroupOf(m);
            if (!g.memAllowed(m, filter) || filter.hubs().fansOut(g.groupSize(group))) {
                continue;
            }
            if (bigGroupDepth[side][group] == UNSEEN) {
                bigGroupDepth[side][group] = depth;
            }
            int there = bigGroupDepth[1 - side][group];
            if (there != UNSEEN) {
                best = Math.min(best, depth + 1 + there);
            }
        }
    }
}
