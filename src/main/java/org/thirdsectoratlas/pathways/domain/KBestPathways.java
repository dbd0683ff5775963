package org.thirdsectoratlas.pathways.domain;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

import org.thirdsectoratlas.trust.domain.Hop;
import org.thirdsectoratlas.trust.domain.TieFilter;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;

/**
 * The k best simple pathways in a (small) trust graph, in exactly the {@link PathwayRanking} order: a best-first
 * search over partial pathways whose key never decreases as a pathway grows (cost plus the fewest hops still
 * needed, then weakness, then the oldest confirmation, then the ids), so complete pathways leave the queue best
 * first. A partial pathway that cannot reach a target (or the via organisation) within maxHops is dropped.
 */
public final class KBestPathways {

    /** A guard against pathological graphs; the neighbourhoods a query explores stay far below it. */
    static final int MAX_EXPANSIONS = 200_000;
    private static final int FAR = Integer.MAX_VALUE / 4;

    private final TrustGraphSnapshot graph;
    private final TieFilter filter;
    /** Each organisation's steps, built once per search: a partial pathway is expanded many times per node. */
    private final List<Hop>[] steps;
    /** The index each step leads to, parallel to {@link #steps}. */
    private final int[][] stepTo;

    @SuppressWarnings("unchecked")
    public KBestPathways(TrustGraphSnapshot graph, TieFilter filter) {
        this.graph = graph;
        this.filter = filter;
        this.steps = new List[graph.organisationCount()];
        this.stepTo = new int[graph.organisationCount()][];
    }

    private record Partial(int node, Partial parent, Hop hop, int hops, double cost, int weakness,
                           LocalDate oldest, boolean via, boolean complete, List<String> ids, double estimate,
                           int weaknessEstimate) {
    }

    /**
     * (cost, weakness) lower bounds: the best completion's pair is never lexicographically below a partial
     * pathway's key, so complete pathways still leave the queue in ranking order.
     */
    private static final Comparator<Partial> KEY = Comparator.comparingDouble(Partial::estimate)
            .thenComparingInt(Partial::weaknessEstimate)
            .thenComparing(Partial::oldest, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Partial::ids, PathwayRanking::compareIds);

    /**
     * @param viaOrganisation an organisation id every pathway must pass through, or null
     * @param viaGroup        a group id whose co-membership every pathway must use, or null
     */
    public List<Pathway> find(String from, Set<String> targetIds, int maxHops, int k, String viaOrganisation,
                              String viaGroup) {
        int start = graph.indexOf(from);
        Set<Integer> targets = targetIds.stream().map(graph::indexOf).filter(i -> i >= 0)
                .collect(java.util.stream.Collectors.toSet());
        if (start < 0 || targets.isEmpty()) {
            return List.of();
        }
        int[] toTarget = distances(targets);
        Remaining best = remaining(targets);
        int via = viaOrganisation == null ? -1 : graph.indexOf(viaOrganisation);
        if (viaOrganisation != null && via < 0) {
            return List.of();
        }
        int[] toVia = via < 0 ? null : distances(Set.of(via));
        int viaToTarget = via < 0 ? 0 : toTarget[via];

        var queue = new PriorityQueue<>(KEY);
        queue.add(new Partial(start, null, null, 0, 0, 0, LocalDate.MAX, viaOrganisation == null && viaGroup == null,
                false, List.of(from), best.cost[start], best.weakness[start]));
        List<Pathway> found = new ArrayList<>();
        int expansions = 0;
        while (!queue.isEmpty() && found.size() < k && expansions++ < MAX_EXPANSIONS) {
            Partial p = queue.poll();
            if (p.complete()) {
                found.add(toPathway(p));
                continue;
            }
            List<Hop> out = steps(p.node());
            for (int i = 0; i < out.size(); i++) {
                Hop hop = out.get(i);
                int next = stepTo[p.node()][i];
                int hops = p.hops() + 1;
                if (hops > maxHops || onPath(p, next)) {
                    continue;
                }
                boolean viaDone = p.via() || next == via || (viaGroup != null && viaGroup.equals(hop.groupId()));
                boolean complete = targets.contains(next);
                if (complete ? !viaDone : !canStillArrive(next, hops, viaDone, toTarget, toVia, viaToTarget, maxHops)) {
                    continue;
                }
                queue.add(extend(p, hop, next, hops, viaDone, complete, complete ? 0 : best.cost[next],
                        complete ? 0 : best.weakness[next]));
            }
        }
        return found;
    }

    private static boolean canStillArrive(int node, int hops, boolean viaDone, int[] toTarget, int[] toVia,
                                          int viaToTarget, int maxHops) {
        if (hops + toTarget[node] > maxHops) {
            return false;
        }
        return viaDone || toVia == null || hops + toVia[node] + viaToTarget <= maxHops;
    }

    private static Partial extend(Partial p, Hop hop, int next, int hops, boolean via, boolean complete,
                                  double remaining, int remainingWeakness) {
        LocalDate date = p.oldest() == null || hop.lastConfirmed() == null ? null
                : hop.lastConfirmed().isBefore(p.oldest()) ? hop.lastConfirmed() : p.oldest();
        List<String> ids = new ArrayList<>(p.ids());
        ids.add(hop.toId());
        double cost = p.cost() + hop.cost();
        int weakness = p.weakness() + hop.weakness();
        return new Partial(next, p, hop, hops, cost, weakness, date, via, complete, List.copyOf(ids),
                cost + remaining, weakness + remainingWeakness);
    }

    private static boolean onPath(Partial p, int node) {
        for (Partial q = p; q != null; q = q.parent()) {
            if (q.node() == node) {
                return true;
            }
        }
        return false;
    }

    private static Pathway toPathway(Partial p) {
        var hops = new ArrayDeque<Hop>();
        for (Partial q = p; q.hop() != null; q = q.parent()) {
            hops.addFirst(q.hop());
        }
        return Pathway.of(List.copyOf(hops));
    }

    /** Fewest hops from every organisation to the nearest of the sources (breadth-first); FAR when unreachable. */
    int[] distances(Set<Integer> sources) {
        int[] dist = new int[graph.organisationCount()];
        Arrays.fill(dist, FAR);
        int[] queue = new int[graph.organisationCount()];
        int[] tail = {0};
        for (int s : sources) {
            dist[s] = 0;
            queue[tail[0]++] = s;
        }
        for (int head = 0; head < tail[0]; head++) {
            int x = queue[head];
            graph.steps(x, filter, (y, cost, weakness) -> {
                if (dist[y] == FAR) {
                    dist[y] = dist[x] + 1;
                    queue[tail[0]++] = y;
                }
            });
        }
        return dist;
    }

    private List<Hop> steps(int org) {
        List<Hop> found = steps[org];
        if (found == null) {
            found = graph.hops(org, filter);
            int[] to = new int[found.size()];
            for (int i = 0; i < to.length; i++) {
                to[i] = graph.indexOf(found.get(i).toId());
            }
            stepTo[org] = to;
            steps[org] = found;
        }
        return found;
    }

    /** The lexicographically least (cost, weakness) from each organisation to the nearest target. */
    private record Remaining(double[] cost, int[] weakness) {
    }

    /**
     * Dijkstra from the targets over (cost, weakness) pairs, ignoring the hop limit and simplicity, so each value
     * is a lower bound of any real completion (steps are symmetric: the same tie or group seen from either end).
     */
    private Remaining remaining(Set<Integer> targets) {
        int n = graph.organisationCount();
        double[] cost = new double[n];
        int[] weakness = new int[n];
        Arrays.fill(cost, FAR);
        Arrays.fill(weakness, FAR);
        record Entry(int node, double cost, int weakness) {
        }
        var queue = new PriorityQueue<Entry>(Comparator.comparingDouble(Entry::cost)
                .thenComparingInt(Entry::weakness));
        for (int t : targets) {
            cost[t] = 0;
            weakness[t] = 0;
            queue.add(new Entry(t, 0, 0));
        }
        while (!queue.isEmpty()) {
            Entry e = queue.poll();
            if (e.cost() != cost[e.node()] || e.weakness() != weakness[e.node()]) {
                continue;
            }
            graph.steps(e.node(), filter, (y, stepCost, stepWeakness) -> {
                double c = e.cost() + stepCost;
                int w = e.weakness() + stepWeakness;
                if (c < cost[y] || (c == cost[y] && w < weakness[y])) {
                    cost[y] = c;
                    weakness[y] = w;
                    queue.add(new Entry(y, c, w));
                }
            });
        }
        return new Remaining(cost, weakness);
    }
}
