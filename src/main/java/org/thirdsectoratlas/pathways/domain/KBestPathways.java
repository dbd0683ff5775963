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

    public KBestPathways(TrustGraphSnapshot graph, TieFilter filter) {
        this.graph = graph;
        this.filter = filter;
    }

    private record Partial(int node, Partial parent, Hop hop, int hops, double cost, int weakness,
                           LocalDate oldest, boolean via, boolean complete, List<String> ids, double estimate) {
    }

    private static final Comparator<Partial> KEY = Comparator.comparingDouble(Partial::estimate)
            .thenComparingInt(Partial::weakness)
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
        int via = viaOrganisation == null ? -1 : graph.indexOf(viaOrganisation);
        if (viaOrganisation != null && via < 0) {
            return List.of();
        }
        int[] toVia = via < 0 ? null : distances(Set.of(via));
        int viaToTarget = via < 0 ? 0 : toTarget[via];

        var queue = new PriorityQueue<>(KEY);
        queue.add(new Partial(start, null, null, 0, 0, 0, LocalDate.MAX, viaOrganisation == null && viaGroup == null,
                false, List.of(from), toTarget[start]));
        List<Pathway> found = new ArrayList<>();
        int expansions = 0;
        while (!queue.isEmpty() && found.size() < k && expansions++ < MAX_EXPANSIONS) {
            Partial p = queue.poll();
            if (p.complete()) {
                found.add(toPathway(p));
                continue;
            }
            for (Hop hop : graph.hops(p.node(), filter)) {
                int next = graph.indexOf(hop.toId());
                int hops = p.hops() + 1;
                if (hops > maxHops || onPath(p, next)) {
                    continue;
                }
                boolean viaDone = p.via() || next == via || (viaGroup != null && viaGroup.equals(hop.groupId()));
                boolean complete = targets.contains(next);
                if (complete ? !viaDone : !canStillArrive(next, hops, viaDone, toTarget, toVia, viaToTarget, maxHops)) {
                    continue;
                }
                queue.add(extend(p, hop, next, hops, viaDone, complete, complete ? 0 : toTarget[next]));
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
                                  int remaining) {
        LocalDate date = p.oldest() == null || hop.lastConfirmed() == null ? null
                : hop.lastConfirmed().isBefore(p.oldest()) ? hop.lastConfirmed() : p.oldest();
        List<String> ids = new ArrayList<>(p.ids());
        ids.add(hop.toId());
        double cost = p.cost() + hop.cost();
        return new Partial(next, p, hop, hops, cost, p.weakness() + hop.weakness(), date, via, complete,
                List.copyOf(ids), cost + remaining);
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
        var queue = new ArrayDeque<Integer>();
        for (int s : sources) {
            dist[s] = 0;
            queue.add(s);
        }
        while (!queue.isEmpty()) {
            int x = queue.poll();
            for (Hop hop : graph.hops(x, filter)) {
                int y = graph.indexOf(hop.toId());
                if (dist[y] == FAR) {
                    dist[y] = dist[x] + 1;
                    queue.add(y);
                }
            }
        }
        return dist;
    }
}
