package org.thirdsectoratlas.pathways.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.thirdsectoratlas.trust.domain.Hop;
import org.thirdsectoratlas.trust.domain.TrustView;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;

/**
 * The k best simple pathways of at most maxHops hops in a caller's view of the whole trust graph, in exactly the
 * {@link PathwayRanking} order (the definition in docs/pathways.md: nothing else decides which steps count): a
 * best-first search over partial pathways keyed by a lower bound of every completion (cost plus a lower bound of
 * the rest, then weakness likewise, then the oldest confirmation, then the ids), so complete pathways leave the
 * queue best first. A partial pathway that cannot reach a target (or the via organisation) within maxHops is
 * dropped.
 *
 * <p>The bounds ({@link FewestHops}, {@link LeastCost}) are searches from the targets, grown only as fast as this
 * search reads steps: together a bidirectional search. A partial pathway queued while the bounds were weaker is
 * estimated again when it leaves the queue, and queued again if its key has risen, so only partial pathways
 * whose key is still the least are expanded.
 *
 * <p>All of it runs on primitives over the graph's arrays: partial pathways are rows of parallel arrays, costs are
 * whole quarters, ids compare by rank, and words are built only for the pathways returned. The bounds treat a
 * group as one node (each group is opened once, not once per pair of members).
 */
public final class KBestPathways {

    /** A guard against pathological graphs; the searches of real queries stay far below it. */
    static final int MAX_EXPANSIONS = 200_000;
    /**
     * Partial pathways queued in one search at most: in a dense neighbourhood each expansion queues a whole
     * group's members, and a few concurrent k = 10, maxHops = 6 searches would otherwise fill the heap.
     */
    static final int MAX_QUEUED = 400_000;
    private static final long FAR_KEY = LeastCost.FAR;
    /** (cost in quarters, weakness) in one long: cost in the high bits, so longs order like the pairs. */
    private static final int WEAKNESS_BITS = 20;

    private KBestPathways() {
    }

    /**
     * The k best pathways from {@code from} to any of {@code targetIds} in this caller's view of the trust graph.
     *
     * @param viaOrganisation an organisation id every pathway must pass through, or null
     * @param viaGroup        a group id whose co-membership every pathway must use, or null
     */
    public static List<Pathway> find(TrustView near, String from, Set<String> targetIds, int maxHops, int k,
                                     String viaOrganisation, String viaGroup) {
        TrustGraphSnapshot graph = near.graph();
        int start = graph.indexOf(from);
        BitSet targets = new BitSet();
        for (String id : targetIds) {
            int i = graph.indexOf(id);
            if (i >= 0) {
                targets.set(i);
            }
        }
        int via = viaOrganisation == null ? -1 : graph.indexOf(viaOrganisation);
        if (start < 0 || targets.isEmpty() || (viaOrganisation != null && via < 0)) {
            return List.of();
        }
        int group = viaGroup == null ? -1 : graph.groupIndexOf(viaGroup);
        if (viaGroup != null && group < 0) {
            return List.of();
        }
        return new Search(near, targets, maxHops, via, group).run(start, k);
    }

    /** One search: its bounds, its steps per organisation, and its partial pathways as rows of arrays. */
    private static final class Search {

        private final TrustView near;
        private final int[] ranks;
        private final BitSet targets;
        private final int maxHops;
        private final int via;
        private final int viaGroup;
        private final FewestHops toTarget;
        private final FewestHops toVia;
        private final LeastCost remaining;
        private final Map<Integer, Steps> steps = new HashMap<>();
        private final IntSlots slots = new IntSlots();
        private final Partials partials = new Partials();
        private final List<GrowingBound> bounds = new ArrayList<>();
        /** Steps the search has read: its bounds are grown to keep pace. */
        private long searchWork;

        Search(TrustView near, BitSet targets, int maxHops, int via, int viaGroup) {
            this.near = near;
            this.ranks = near.graph().idRanks();
            this.targets = targets;
            this.maxHops = maxHops;
            this.via = via;
            this.viaGroup = viaGroup;
            this.toTarget = new FewestHops(near, targets);
            this.toVia = via < 0 ? null : new FewestHops(near, single(via));
            this.remaining = new LeastCost(near, targets);
            bounds.add(toTarget);
            bounds.add(remaining);
            if (toVia != null) {
                bounds.add(toVia);
            }
        }

        List<Pathway> run(int start, int k) {
            boolean viaDoneAtStart = via < 0 && viaGroup < 0;
            var queue = new PartialQueue(partials, ranks);
            queue.add(partials.add(start, -1, 0, 0, 0, 0, Integer.MAX_VALUE, viaDoneAtStart, false, rest(start)));
            List<Pathway> found = new ArrayList<>();
            int expansions = 0;
            while (!queue.isEmpty() && found.size() < k && expansions < MAX_EXPANSIONS
                    && partials.size < MAX_QUEUED) {
                growBounds();
                int p = queue.poll();
                if (partials.complete[p]) {
                    found.add(toPathway(p));
                    continue;
                }
                int node = partials.node[p];
                if (!canStillArrive(node, partials.hops[p], partials.via[p])) {
                    continue;
                }
                long estimate = partials.cost[p] + partials.weakness[p] + rest(node);
                if (estimate > partials.estimate[p]) {
                    partials.estimate[p] = estimate;
                    queue.add(p);
                    continue;
                }
                expansions++;
                expand(p, queue);
            }
            return found;
        }

        private void expand(int p, PartialQueue queue) {
            int hops = partials.hops[p] + 1;
            if (hops > maxHops) {
                return;
            }
            Steps out = steps(partials.node[p]);
            searchWork += out.size;
            for (int i = 0; i < out.size; i++) {
                int next = out.to[i];
                if (partials.onPath(p, next)) {
                    continue;
                }
                boolean viaDone = partials.via[p] || next == via || (viaGroup >= 0 && out.group(i) == viaGroup);
                boolean complete = targets.get(next);
                if (complete ? !viaDone : !canStillArrive(next, hops, viaDone)) {
                    continue;
                }
                int oldest = Math.min(partials.oldest[p], out.date[i]);
                queue.add(partials.add(next, p, hops, partials.cost[p] + out.cost[i],
                        partials.weakness[p] + out.weakness[i], out.ref[i], oldest, viaDone, complete,
                        complete ? 0 : rest(next)));
            }
        }

        /**
         * Grows the bounds until they have read as many steps as the search has: exact bounds over the whole
         * neighbourhood cost far more than the few organisations a search expands, while bounds that stay weak
         * let it wander. Growing both sides in pace is what a bidirectional search does.
         */
        private void growBounds() {
            long read = 0;
            for (GrowingBound bound : bounds) {
                read += bound.read();
            }
            while (read < searchWork) {
                GrowingBound least = null;
                for (GrowingBound bound : bounds) {
                    if (!bound.complete() && (least == null || bound.read() < least.read())) {
                        least = bound;
                    }
                }
                if (least == null) {
                    return;
                }
                long before = least.read();
                least.advance();
                read += least.read() - before;
            }
        }

        /** The least cost and weakness from {@code node} to a target: every hop costs at least 1. */
        private long rest(int node) {
            int hops = toTarget.atLeast(node);
            return Math.max(remaining.atLeast(node), hops >= FewestHops.UNREACHABLE ? FAR_KEY : key(hops, 0));
        }

        private boolean canStillArrive(int node, int hops, boolean viaDone) {
            if (hops + toTarget.atLeast(node) > maxHops) {
                return false;
            }
            return viaDone || toVia == null || hops + toVia.atLeast(node) + toTarget.atLeast(via) <= maxHops;
        }

        private Pathway toPathway(int p) {
            var hops = new ArrayDeque<Hop>();
            for (int q = p; partials.parent[q] >= 0; q = partials.parent[q]) {
                hops.addFirst(near.hop(partials.node[partials.parent[q]], partials.ref[q]));
            }
            return Pathway.of(List.copyOf(hops));
        }

        private Steps steps(int org) {
            Steps known = steps.get(org);
            if (known == null) {
                known = Steps.of(near, org, slots);
                steps.put(org, known);
                searchWork += known.size;
            }
            return known;
        }

        private static BitSet single(int node) {
            BitSet one = new BitSet();
            one.set(node);
            return one;
        }
    }

    static long key(double cost, int weakness) {
        return (Math.round(cost * 4) << WEAKNESS_BITS) + weakness;
    }

    /** The steps from one organisation, the best kept when several ties lead to the same organisation. */
    private static final class Steps {
        int size;
        int[] to = new int[8];
        long[] cost = new long[8];
        int[] weakness = new int[8];
        int[] date = new int[8];
        long[] ref = new long[8];
        private final TrustView near;

        private Steps(TrustView near) {
            this.near = near;
        }

        /** Costs are kept as (quarters << WEAKNESS_BITS) so that a pathway's key is the sum of its steps'. */
        static Steps of(TrustView near, int org, IntSlots slot) {
            Steps steps = new Steps(near);
            slot.clear();
            near.steps(org, (y, cost, weakness, date, ref) -> {
                long quarters = key(cost, 0);
                int i = slot.get(y);
                if (i < 0) {
                    slot.put(y, steps.size);
                    steps.append(y, quarters, weakness, date, ref);
                } else if (steps.better(org, quarters, weakness, date, ref, i)) {
                    steps.cost[i] = quarters;
                    steps.weakness[i] = weakness;
                    steps.date[i] = date;
                    steps.ref[i] = ref;
                }
            });
            return steps;
        }

        private void append(int y, long c, int w, int d, long r) {
            if (size == to.length) {
                int grown = size * 2;
                to = Arrays.copyOf(to, grown);
                cost = Arrays.copyOf(cost, grown);
                weakness = Arrays.copyOf(weakness, grown);
                date = Arrays.copyOf(date, grown);
                ref = Arrays.copyOf(ref, grown);
            }
            to[size] = y;
            cost[size] = c;
            weakness[size] = w;
            date[size] = d;
            ref[size] = r;
            size++;
        }

        /** The order of parallel steps in TrustGraphSnapshot.hops: cost, weakness, newer, group id, words. */
        private boolean better(int org, long c, int w, int d, long r, int i) {
            if (c != cost[i]) {
                return c < cost[i];
            }
            if (w != weakness[i]) {
                return w < weakness[i];
            }
            if (d != date[i]) {
                return d > date[i];
            }
            Hop candidate = near.hop(org, r);
            Hop kept = near.hop(org, ref[i]);
            int byGroup = groupId(candidate).compareTo(groupId(kept));
            return byGroup != 0 ? byGroup < 0 : candidate.explanation().compareTo(kept.explanation()) < 0;
        }

        private static String groupId(Hop hop) {
            return hop.groupId() == null ? "" : hop.groupId();
        }

        /** The group a step goes through, or -1 for a direct tie. */
        int group(int i) {
            return near.groupOf(ref[i]);
        }
    }

    /** Partial pathways as rows of parallel arrays; a row's parent is the row it extends. */
    private static final class Partials {
        int size;
        int[] node = new int[256];
        int[] parent = new int[256];
        int[] hops = new int[256];
        long[] cost = new long[256];
        int[] weakness = new int[256];
        long[] ref = new long[256];
        int[] oldest = new int[256];
        boolean[] via = new boolean[256];
        boolean[] complete = new boolean[256];
        long[] estimate = new long[256];

        int add(int n, int p, int h, long c, int w, long r, int old, boolean v, boolean done, long rest) {
            if (size == node.length) {
                int grown = size * 2;
                node = Arrays.copyOf(node, grown);
                parent = Arrays.copyOf(parent, grown);
                hops = Arrays.copyOf(hops, grown);
                cost = Arrays.copyOf(cost, grown);
                weakness = Arrays.copyOf(weakness, grown);
                ref = Arrays.copyOf(ref, grown);
                oldest = Arrays.copyOf(oldest, grown);
                via = Arrays.copyOf(via, grown);
                complete = Arrays.copyOf(complete, grown);
                estimate = Arrays.copyOf(estimate, grown);
            }
            node[size] = n;
            parent[size] = p;
            hops[size] = h;
            cost[size] = c;
            weakness[size] = w;
            ref[size] = r;
            oldest[size] = old;
            via[size] = v;
            complete[size] = done;
            estimate[size] = c + w + rest;
            return size++;
        }

        boolean onPath(int p, int n) {
            for (int q = p; q >= 0; q = parent[q]) {
                if (node[q] == n) {
                    return true;
                }
            }
            return false;
        }

        /** The organisations from start to this row's organisation, into {@code into}; returns how many. */
        int path(int p, int[] into) {
            int length = hops[p] + 1;
            for (int q = p, i = length - 1; q >= 0; q = parent[q], i--) {
                into[i] = node[q];
            }
            return length;
        }
    }

    /** A binary heap of partial pathway rows in ranking order (key, newer oldest confirmation, ids). */
    private static final class PartialQueue {
        private final Partials rows;
        private final int[] ranks;
        private final int[] left = new int[64];
        private final int[] right = new int[64];
        private int[] heap = new int[256];
        private int size;

        PartialQueue(Partials rows, int[] ranks) {
            this.rows = rows;
            this.ranks = ranks;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void add(int row) {
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (compare(row, heap[parent]) >= 0) {
                    break;
                }
                heap[i] = heap[parent];
                i = parent;
            }
            heap[i] = row;
        }

        int poll() {
            int top = heap[0];
            int last = heap[--size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && compare(heap[child + 1], heap[child]) < 0) {
                    child++;
                }
                if (compare(last, heap[child]) <= 0) {
                    break;
                }
                heap[i] = heap[child];
                i = child;
            }
            if (size > 0) {
                heap[i] = last;
            }
            return top;
        }

        private int compare(int a, int b) {
            int c = Long.compare(rows.estimate[a], rows.estimate[b]);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(rows.oldest[b], rows.oldest[a]);
            if (c != 0) {
                return c;
            }
            int la = rows.path(a, left);
            int lb = rows.path(b, right);
            for (int i = 0; i < Math.min(la, lb); i++) {
                c = Integer.compare(ranks[left[i]], ranks[right[i]]);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(la, lb);
        }
    }
}
