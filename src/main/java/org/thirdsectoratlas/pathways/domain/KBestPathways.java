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
import org.thirdsectoratlas.trust.domain.Neighbourhood;
import org.thirdsectoratlas.trust.domain.TieFilter;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;

/**
 * The k best simple pathways in a pathway search's neighbourhood, in exactly the {@link PathwayRanking} order: a
 * best-first search over partial pathways whose key never decreases as a pathway grows (cost plus a lower bound of
 * the rest, then weakness likewise, then the oldest confirmation, then the ids), so complete pathways leave the
 * queue best first. A partial pathway that cannot reach a target (or the via organisation) within maxHops is
 * dropped.
 *
 * <p>All of it runs on primitives over the graph's arrays: partial pathways are rows of parallel arrays, costs are
 * whole quarters, ids compare by rank, and words are built only for the pathways returned. The bounds treat a
 * group as one node (each group is opened once, not once per pair of members).
 */
public final class KBestPathways {

    /** A guard against pathological graphs; the neighbourhoods a query explores stay far below it. */
    static final int MAX_EXPANSIONS = 200_000;
    /**
     * Partial pathways queued in one search at most: in a dense neighbourhood each expansion queues a whole
     * group's members, and a few concurrent k = 10, maxHops = 6 searches would otherwise fill the heap.
     */
    static final int MAX_QUEUED = 400_000;
    private static final int FAR = Integer.MAX_VALUE / 4;
    private static final long FAR_KEY = Long.MAX_VALUE / 4;
    /** (cost in quarters, weakness) in one long: cost in the high bits, so longs order like the pairs. */
    private static final int WEAKNESS_BITS = 20;

    private final TrustGraphSnapshot graph;
    private final TieFilter filter;

    public KBestPathways(TrustGraphSnapshot graph, TieFilter filter) {
        this.graph = graph;
        this.filter = filter;
    }

    /**
     * @param viaOrganisation an organisation id every pathway must pass through, or null
     * @param viaGroup        a group id whose co-membership every pathway must use, or null
     */
    public List<Pathway> find(String from, Set<String> targetIds, int maxHops, int k, String viaOrganisation,
                              String viaGroup) {
        return find(graph.explore(Set.of(from), targetIds, maxHops, filter), from, targetIds, maxHops, k,
                viaOrganisation, viaGroup);
    }

    /** The same search over a neighbourhood already explored (whose size the caller reports). */
    public static List<Pathway> find(Neighbourhood near, String from, Set<String> targetIds, int maxHops, int k,
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

        private final Neighbourhood near;
        private final int[] ranks;
        private final BitSet targets;
        private final int maxHops;
        private final int via;
        private final int viaGroup;
        /** How far from the targets the bounds are computed exactly; beyond, "more than this" is the bound. */
        private final int reach;
        private final int[] toTarget;
        private final int[] toVia;
        private final long[] remaining;
        private final Map<Integer, Steps> steps = new HashMap<>();
        private final Partials partials = new Partials();

        Search(Neighbourhood near, BitSet targets, int maxHops, int via, int viaGroup) {
            this.near = near;
            this.ranks = near.graph().idRanks();
            this.targets = targets;
            this.maxHops = maxHops;
            this.reach = Math.max(maxHops - 2, maxHops / 2);
            this.via = via;
            this.viaGroup = viaGroup;
            this.toTarget = hopsFrom(targets);
            this.toVia = via < 0 ? null : hopsFrom(single(via));
            this.remaining = leastRemaining();
        }

        List<Pathway> run(int start, int k) {
            int viaToTarget = via < 0 ? 0 : toTarget[via];
            boolean viaDoneAtStart = via < 0 && viaGroup < 0;
            var queue = new PartialQueue(partials, ranks);
            queue.add(partials.add(start, -1, 0, 0, 0, 0, Integer.MAX_VALUE, viaDoneAtStart, false,
                    remaining[start]));
            List<Pathway> found = new ArrayList<>();
            int expansions = 0;
            while (!queue.isEmpty() && found.size() < k && expansions++ < MAX_EXPANSIONS
                    && partials.size < MAX_QUEUED) {
                int p = queue.poll();
                if (partials.complete[p]) {
                    found.add(toPathway(p));
                    continue;
                }
                int node = partials.node[p];
                int hops = partials.hops[p] + 1;
                if (hops > maxHops) {
                    continue;
                }
                Steps out = steps(node);
                for (int i = 0; i < out.size; i++) {
                    int next = out.to[i];
                    if (partials.onPath(p, next)) {
                        continue;
                    }
                    boolean viaDone = partials.via[p] || next == via || (viaGroup >= 0 && out.group(i) == viaGroup);
                    boolean complete = targets.get(next);
                    if (complete ? !viaDone : !canStillArrive(next, hops, viaDone, viaToTarget)) {
                        continue;
                    }
                    int oldest = Math.min(partials.oldest[p], out.date[i]);
                    queue.add(partials.add(next, p, hops, partials.cost[p] + out.cost[i],
                            partials.weakness[p] + out.weakness[i], out.ref[i], oldest, viaDone, complete,
                            complete ? 0 : remaining[next]));
                }
            }
            return found;
        }

        private boolean canStillArrive(int node, int hops, boolean viaDone, int viaToTarget) {
            if (hops + atLeast(toTarget[node]) > maxHops) {
                return false;
            }
            return viaDone || toVia == null || hops + atLeast(toVia[node]) + atLeast(viaToTarget) <= maxHops;
        }

        /** Fewest hops, or the least it can be when it lies beyond the reach of the breadth-first search. */
        private int atLeast(int hops) {
            return hops == FAR ? reach + 1 : hops;
        }

        private Pathway toPathway(int p) {
            var hops = new ArrayDeque<Hop>();
            for (int q = p; partials.parent[q] >= 0; q = partials.parent[q]) {
                hops.addFirst(near.hop(partials.node[partials.parent[q]], partials.ref[q]));
            }
            return Pathway.of(List.copyOf(hops));
        }

        private Steps steps(int org) {
            return steps.computeIfAbsent(org, x -> Steps.of(near, x));
        }

        private static BitSet single(int node) {
            BitSet one = new BitSet();
            one.set(node);
            return one;
        }

        /**
         * Fewest hops from every organisation to the nearest source, breadth-first with each group opened once, up
         * to {@link #reach} (FAR beyond: at least reach + 1). The farthest levels are the largest and a pathway
         * rarely needs them: past them "at least reach + 1" prunes almost as well. A lower bound of the real
         * steps: the pair rule of statuses is not applied.
         */
        private int[] hopsFrom(BitSet sources) {
            int n = near.graph().organisationCount();
            int[] dist = new int[n];
            Arrays.fill(dist, FAR);
            BitSet opened = new BitSet();
            int[][] queue = {new int[64]};
            int[] tail = {0};
            for (int s = sources.nextSetBit(0); s >= 0; s = sources.nextSetBit(s + 1)) {
                dist[s] = 0;
                queue[0] = push(queue[0], tail, s);
            }
            for (int head = 0; head < tail[0]; head++) {
                int x = queue[0][head];
                int d = dist[x] + 1;
                if (d > reach) {
                    continue;
                }
                near.ties(x, (y, cost, weakness, date, ref) -> {
                    if (dist[y] == FAR) {
                        dist[y] = d;
                        queue[0] = push(queue[0], tail, y);
                    }
                });
                near.memberships(x, m -> {
                    int g = near.groupOf(m);
                    if (!opened.get(g)) {
                        opened.set(g);
                        near.members(g, m2 -> {
                            int y = near.organisationOf(m2);
                            if (dist[y] == FAR) {
                                dist[y] = d;
                                queue[0] = push(queue[0], tail, y);
                            }
                        });
                    }
                });
            }
            return dist;
        }

        private static int[] push(int[] queue, int[] tail, int value) {
            int[] q = tail[0] == queue.length ? Arrays.copyOf(queue, queue.length * 2) : queue;
            q[tail[0]++] = value;
            return q;
        }

        /**
         * A lower bound of the (cost, weakness) from each organisation to the nearest target. Within reach: Dijkstra
         * from the targets over the organisations within reach, groups as nodes (entering a group costs its hop and
         * formality plus that membership's status, leaving it is free), ignoring the hop limit and simplicity, and
         * capped at (reach + 2, 0), the least a completion leaving the reach can cost (one step out, then at least
         * reach + 1 steps of cost at least 1). Beyond reach: (reach + 1, 0). Steps are symmetric (the same tie or
         * group seen from either end), so these bound every real completion.
         */
        private long[] leastRemaining() {
            int n = near.graph().organisationCount();
            long[] best = new long[n];
            Arrays.fill(best, FAR_KEY);
            long[] groupBest = new long[near.graph().groupCount()];
            Arrays.fill(groupBest, FAR_KEY);
            var heap = new KeyHeap();
            for (int t = targets.nextSetBit(0); t >= 0; t = targets.nextSetBit(t + 1)) {
                best[t] = 0;
                heap.add(0, t);
            }
            long cap = key(reach + 2, 0);
            while (!heap.isEmpty() && heap.topKey() < cap) {
                long key = heap.topKey();
                int item = heap.poll();
                if (item < 0) {
                    int g = ~item;
                    if (key != groupBest[g]) {
                        continue;
                    }
                    near.members(g, m2 -> relax(best, heap, near.organisationOf(m2), key));
                    continue;
                }
                if (key != best[item]) {
                    continue;
                }
                near.ties(item, (y, cost, weakness, date, ref) -> relax(best, heap, y, key + key(cost, weakness)));
                near.memberships(item, m -> {
                    int g = near.groupOf(m);
                    long k = key + key(near.groupCost(g), near.leastWeakness(m));
                    if (k < groupBest[g]) {
                        groupBest[g] = k;
                        heap.add(k, ~g);
                    }
                });
            }
            long beyond = key(reach + 1, 0);
            for (int i = 0; i < n; i++) {
                best[i] = toTarget[i] == FAR ? beyond : Math.min(best[i], cap);
            }
            return best;
        }

        private void relax(long[] best, KeyHeap heap, int y, long key) {
            if (key < best[y] && toTarget[y] != FAR) {
                best[y] = key;
                heap.add(key, y);
            }
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
        private final Neighbourhood near;

        private Steps(Neighbourhood near) {
            this.near = near;
        }

        /** Costs are kept as (quarters << WEAKNESS_BITS) so that a pathway's key is the sum of its steps'. */
        static Steps of(Neighbourhood near, int org) {
            Steps steps = new Steps(near);
            Map<Integer, Integer> slot = new HashMap<>();
            near.steps(org, (y, cost, weakness, date, ref) -> {
                long quarters = key(cost, 0);
                Integer i = slot.get(y);
                if (i == null) {
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
            return ref[i] < 0 ? -1 : near.groupOf((int) (ref[i] >>> 32));
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

    /** A binary min-heap of (long key, int item) pairs for the bound's Dijkstra. */
    private static final class KeyHeap {
        private long[] keys = new long[256];
        private int[] items = new int[256];
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        long topKey() {
            return keys[0];
        }

        void add(long key, int item) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                items = Arrays.copyOf(items, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (keys[parent] <= key) {
                    break;
                }
                keys[i] = keys[parent];
                items[i] = items[parent];
                i = parent;
            }
            keys[i] = key;
            items[i] = item;
        }

        int poll() {
            int top = items[0];
            long lastKey = keys[--size];
            int lastItem = items[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (lastKey <= keys[child]) {
                    break;
                }
                keys[i] = keys[child];
                items[i] = items[child];
                i = child;
            }
            if (size > 0) {
                keys[i] = lastKey;
                items[i] = lastItem;
            }
            return top;
        }
    }
}
