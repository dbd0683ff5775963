package org.thirdsectoratlas.trust.domain;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.thirdsectoratlas.pathways.domain.Pathway;
import org.thirdsectoratlas.pathways.domain.PathwayRanking;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;
import org.thirdsectoratlas.trust.infrastructure.graph.TrustRows;

/**
 * The definition of a pathway answer as an oracle (docs/pathways.md): every simple pathway of at most maxHops hops
 * through ties of trust, under the filters, in the graph as the database's own privacy rule shows it to the viewer
 * (read with {@link VisibilityRule} and the visible group sizes, not with the held graph's tiers), ranked; the
 * search must return exactly its k best. Small graphs only: it enumerates every path.
 */
public final class Exhaustive {

    /** The trust graph as the viewer may see it, every fact passing the privacy rule in Cypher. */
    static final String SEEN_BY = VisibilityRule.expand("""
            MATCH (x:Organisation)-[r:COLLABORATES_WITH|SUPPORTED_BY]->(y:Organisation)
            WHERE x.retired IS NULL AND y.retired IS NULL AND coalesce(r.status, 'CLAIMED') <> 'WITHDRAWN'
              AND VISIBLE(x, x) AND VISIBLE(y, y) AND VISIBLE(r, x, y)
            WITH x, y, r, 'TIE' AS row, true AS outgoing, null AS g, 0 AS size
            RETURN x.id AS source, x.name AS sourceName, row, elementId(r) AS tie, y.id AS id, y.name AS name,
                   type(r) AS type, outgoing, r.kind AS detail, r.formality AS formality, r.status AS status,
                   r.lastConfirmed AS lastConfirmed, g.id AS groupId, g.name AS groupName,
                   g.formality AS groupFormality, size
            UNION ALL
            MATCH (g:Network|Consortium|Resource)
            WITH g, """ + TrustRows.VISIBLE_GROUP_SIZE + """
             AS size
            MATCH (g)<-[r:MEMBER_OF|PARTNER_IN|SHARES]-(x:Organisation)
            WHERE x.retired IS NULL AND coalesce(r.status, 'CLAIMED') <> 'WITHDRAWN' AND VISIBLE(x, x) AND VISIBLE(r, x)
            WITH x, x AS y, r, g, size, 'MEMBERSHIP' AS row, true AS outgoing
            RETURN x.id AS source, x.name AS sourceName, row, elementId(r) AS tie, y.id AS id, y.name AS name,
                   type(r) AS type, outgoing, r.kind AS detail, r.formality AS formality, r.status AS status,
                   r.lastConfirmed AS lastConfirmed, g.id AS groupId, g.name AS groupName,
                   g.formality AS groupFormality, size
            """);

    private static final Comparator<Hop> HOP_ORDER = Comparator
            .comparingDouble(Hop::cost).thenComparingInt(Hop::weakness)
            .thenComparing(h -> h.lastConfirmed() == null ? LocalDate.MIN : h.lastConfirmed(),
                    Comparator.reverseOrder())
            .thenComparing(h -> h.groupId() == null ? "" : h.groupId())
            .thenComparing(Hop::explanation);

    private Exhaustive() {
    }

    /** The graph as the database's privacy rule shows it to this viewer (every fact read as PUBLIC in it). */
    public static TrustGraphSnapshot seenBy(Graph graph, Viewer viewer) {
        return graph.read(tx -> {
            var builder = TrustGraphSnapshot.builder();
            tx.run(SEEN_BY, VisibilityRule.with(Map.of(), viewer)).forEachRemaining(r -> TrustRows.add(builder, r));
            return builder.build();
        });
    }

    /**
     * Every org-to-org step from {@code org} that the filter allows; when two organisations are linked by several
     * ties only the strongest step is kept (lowest cost, then weakness, then the most recent, group id, words).
     */
    public static List<Hop> hops(TrustGraphSnapshot g, int org, TieFilter filter) {
        Map<Integer, Hop> best = new LinkedHashMap<>();
        for (int k = g.tieStart(org); k < g.tieEnd(org); k++) {
            int t = g.tieAt(k);
            int other = g.tieOther(t, org);
            if (other != org && filter.accepts(g.id(other)) && filter.accepts(g.tieStatus(t), g.tieFormality(t))) {
                best.merge(other, g.tieHop(org, t), Exhaustive::better);
            }
        }
        for (int k = g.memStart(org); k < g.memEnd(org); k++) {
            int m = g.memAt(k);
            int group = g.memGroupOf(m);
            boolean usable = g.groupSize(group) <= filter.hubs().hardLimit() || g.groupId(group).equals(filter.viaGroup());
            if (!usable || !filter.accepts(g.membershipStatus(m), g.groupFormalityOf(group))) {
                continue;
            }
            for (int j = g.groupMemStart(group); j < g.groupMemEnd(group); j++) {
                int m2 = g.groupMemAt(j);
                int other = g.memOrgOf(m2);
                if (other != org && filter.accepts(g.id(other))
                        && filter.accepts(g.pairStatus(m, m2), g.groupFormalityOf(group))) {
                    best.merge(other, g.groupHop(org, m, m2, filter.hubs()), Exhaustive::better);
                }
            }
        }
        return new ArrayList<>(best.values());
    }

    private static Hop better(Hop a, Hop b) {
        return HOP_ORDER.compare(a, b) <= 0 ? a : b;
    }

    /**
     * Every simple pathway of at most maxHops hops from {@code from} to {@code to} (through the via organisation,
     * or using the via group's co-membership, when given), ranked.
     */
    public static List<Pathway> pathways(TrustGraphSnapshot g, String from, String to, int maxHops, TieFilter filter,
                                         String viaOrganisation) {
        List<Pathway> all = new ArrayList<>();
        if (g.indexOf(from) >= 0 && g.indexOf(to) >= 0 && !from.equals(to)) {
            Map<Integer, List<Hop>> steps = new java.util.HashMap<>();
            walk(i -> steps.computeIfAbsent(i, x -> hops(g, x, filter)), g, g.indexOf(from), g.indexOf(to), maxHops,
                    new ArrayList<>(), all);
        }
        all.removeIf(p -> viaOrganisation != null
                && p.hops().stream().noneMatch(h -> h.toId().equals(viaOrganisation)));
        all.removeIf(p -> filter.viaGroup() != null
                && p.hops().stream().noneMatch(h -> filter.viaGroup().equals(h.groupId())));
        all.sort(PathwayRanking.ORDER);
        return all;
    }

    private static void walk(java.util.function.IntFunction<List<Hop>> steps, TrustGraphSnapshot g, int at, int to,
                             int maxHops, List<Hop> path, List<Pathway> out) {
        if (at == to) {
            out.add(Pathway.of(List.copyOf(path)));
            return;
        }
        if (path.size() == maxHops) {
            return;
        }
        for (Hop hop : steps.apply(at)) {
            boolean visited = hop.toId().equals(path.isEmpty() ? g.id(at) : path.get(0).fromId())
                    || path.stream().anyMatch(h -> h.toId().equals(hop.toId()));
            if (!visited) {
                path.add(hop);
                walk(steps, g, g.indexOf(hop.toId()), to, maxHops, path, out);
                path.remove(path.size() - 1);
            }
        }
    }

    /**
     * The k best pathways by a plain best-first search over partial pathways in ranking order, without any bound:
     * every hop costs at least 1, so a pathway ranks after each of its prefixes and complete pathways leave the
     * queue best first. Slower than the search under test, and independent of it; for graphs too big to enumerate.
     */
    public static List<Pathway> kBest(TrustGraphSnapshot g, String from, String to, int maxHops, TieFilter filter,
                                      String viaOrganisation, int k) {
        List<Pathway> found = new ArrayList<>();
        if (g.indexOf(from) < 0 || g.indexOf(to) < 0 || from.equals(to)) {
            return found;
        }
        var queue = new java.util.PriorityQueue<Pathway>(PathwayRanking.ORDER);
        for (Hop hop : hops(g, g.indexOf(from), filter)) {
            queue.add(Pathway.of(List.of(hop)));
        }
        while (!queue.isEmpty() && found.size() < k) {
            Pathway p = queue.poll();
            List<String> ids = p.organisationIds();
            String at = ids.get(ids.size() - 1);
            if (at.equals(to)) {
                boolean viaDone = (viaOrganisation == null || ids.subList(1, ids.size()).contains(viaOrganisation))
                        && (filter.viaGroup() == null
                        || p.hops().stream().anyMatch(h -> filter.viaGroup().equals(h.groupId())));
                if (viaDone) {
                    found.add(p);
                }
                continue;
            }
            if (p.hopCount() == maxHops) {
                continue;
            }
            for (Hop hop : hops(g, g.indexOf(at), filter)) {
                if (!ids.contains(hop.toId())) {
                    List<Hop> longer = new ArrayList<>(p.hops());
                    longer.add(hop);
                    queue.add(Pathway.of(longer));
                }
            }
        }
        return found;
    }

    /**
     * The fewest hops from {@code from} to any of {@code targets} within maxHops, -1 when none: a plain
     * breadth-first search with groups as nodes over the same steps (the floor the benchmark compares with).
     */
    public static int fewestHops(TrustGraphSnapshot g, int from, Set<Integer> targets, int maxHops, TieFilter filter) {
        int[] dist = new int[g.organisationCount()];
        Arrays.fill(dist, -1);
        var queue = new ArrayDeque<Integer>();
        dist[from] = 0;
        queue.add(from);
        while (!queue.isEmpty()) {
            int x = queue.poll();
            if (targets.contains(x)) {
                return dist[x];
            }
            if (dist[x] == maxHops) {
                continue;
            }
            for (Hop hop : hops(g, x, filter)) {
                int y = g.indexOf(hop.toId());
                if (dist[y] < 0) {
                    dist[y] = dist[x] + 1;
                    queue.add(y);
                }
            }
        }
        return -1;
    }
}
