package org.thirdsectoratlas.pathways.domain;

import java.util.Arrays;
import java.util.BitSet;

import org.thirdsectoratlas.trust.domain.TrustView;

/**
 * The least (cost, weakness) key from each organisation to the nearest source, by a Dijkstra over a
 * neighbourhood's usable steps with groups as nodes (entering a group costs its hop and formality plus that
 * membership's status, leaving it is free), grown one settled node at a time as a search asks for it. It ignores
 * the hop limit and simplicity, and steps are symmetric (the same tie or group seen from either end), so its
 * values bound every real completion from below. Until an organisation is settled its bound is the least key
 * still queued, which no unsettled node can beat.
 */
final class LeastCost extends GrowingBound {

    static final long FAR = Long.MAX_VALUE / 4;

    private final TrustView near;
    private final long[] best;
    private final long[] groupBest;
    private final BitSet settled;
    private final KeyHeap heap = new KeyHeap();
    /**
     * Members of the group just opened, all at its key, which is the least queued: they are settled next, in any
     * order, so they wait here instead of each climbing the whole heap to its top.
     */
    private int[] readyMembers = new int[64];
    private int readyHead;
    private int readyTail;
    private long readyKey;

    LeastCost(TrustView near, BitSet sources) {
        this.near = near;
        this.best = new long[near.graph().organisationCount()];
        this.groupBest = new long[near.graph().groupCount()];
        this.settled = new BitSet(best.length);
        Arrays.fill(best, FAR);
        Arrays.fill(groupBest, FAR);
        for (int s = sources.nextSetBit(0); s >= 0; s = sources.nextSetBit(s + 1)) {
            best[s] = 0;
            heap.add(0, s);
        }
    }

    /** The least key from {@code org} to a source, or the least it can be while {@code org} is unsettled. */
    long atLeast(int org) {
        if (settled.get(org)) {
            return best[org];
        }
        if (readyHead < readyTail) {
            return readyKey;
        }
        return heap.isEmpty() ? FAR : heap.topKey();
    }

    @Override
    boolean grow() {
        while (readyHead < readyTail || !heap.isEmpty()) {
            boolean fromReady = readyHead < readyTail;
            long key = fromReady ? readyKey : heap.topKey();
            int item = fromReady ? readyMembers[readyHead++] : heap.poll();
            if (item < 0) {
                int g = ~item;
                if (key == groupBest[g]) {
                    readyHead = 0;
                    readyTail = 0;
                    readyKey = key;
                    near.memberOrganisations(g, this::addReady);
                    return true;
                }
            } else if (key == best[item] && !settled.get(item)) {
                settled.set(item);
                near.ties(item, (y, cost, weakness, date, ref) -> relax(y, key + KBestPathways.key(cost, weakness)));
                near.groups(item, (g, weakness) -> {
                    readOne();
                    long k = key + KBestPathways.key(near.groupCost(g), weakness);
                    if (k < groupBest[g]) {
                        groupBest[g] = k;
                        heap.add(k, ~g);
                    }
                });
                return true;
            }
        }
        return false;
    }

    /** Leaving a group is free: a member not already as close is settled at the group's key, next. */
    private void addReady(int y) {
        readOne();
        if (readyKey < best[y]) {
            best[y] = readyKey;
            if (readyTail == readyMembers.length) {
                readyMembers = Arrays.copyOf(readyMembers, readyTail * 2);
            }
            readyMembers[readyTail++] = y;
        }
    }

    private void relax(int y, long key) {
        readOne();
        if (key < best[y]) {
            best[y] = key;
            heap.add(key, y);
        }
    }
}
