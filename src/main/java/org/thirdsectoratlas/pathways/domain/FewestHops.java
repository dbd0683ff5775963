package org.thirdsectoratlas.pathways.domain;

import java.util.Arrays;
import java.util.BitSet;

import org.thirdsectoratlas.trust.domain.TrustView;

/**
 * Fewest hops from each organisation to the nearest source over a neighbourhood's usable steps, each group opened
 * once (a co-membership is one hop), found breadth-first one organisation at a time as a search asks for it: the
 * far levels are the largest and a search rarely needs them. Until an organisation is reached its bound is the
 * least it can still be, one more than the level being expanded. A lower bound of the real steps: the pair rule
 * of statuses is not applied.
 */
final class FewestHops extends GrowingBound {

    static final int UNREACHABLE = Integer.MAX_VALUE / 4;

    private final TrustView near;
    private final int[] hops;
    private final BitSet opened;
    private int[] queue = new int[64];
    private int head;
    private int tail;

    FewestHops(TrustView near, BitSet sources) {
        this.near = near;
        this.hops = new int[near.graph().organisationCount()];
        this.opened = new BitSet(near.graph().groupCount());
        Arrays.fill(hops, UNREACHABLE);
        for (int s = sources.nextSetBit(0); s >= 0; s = sources.nextSetBit(s + 1)) {
            hops[s] = 0;
            push(s);
        }
    }

    /** The fewest hops from {@code org} to a source, or the least it can be while the search has not reached it. */
    int atLeast(int org) {
        if (hops[org] != UNREACHABLE) {
            return hops[org];
        }
        return head < tail ? hops[queue[head]] + 1 : UNREACHABLE;
    }

    @Override
    boolean grow() {
        if (head == tail) {
            return false;
        }
        int x = queue[head++];
        int d = hops[x] + 1;
        near.tieNeighbours(x, y -> reach(y, d));
        near.groups(x, (g, weakness) -> {
            readOne();
            if (!opened.get(g)) {
                opened.set(g);
                near.memberOrganisations(g, y -> reach(y, d));
            }
        });
        return true;
    }

    private void reach(int y, int d) {
        readOne();
        if (hops[y] == UNREACHABLE) {
            hops[y] = d;
            push(y);
        }
    }

    private void push(int org) {
        if (tail == queue.length) {
            queue = Arrays.copyOf(queue, tail * 2);
        }
        queue[tail++] = org;
    }
}
