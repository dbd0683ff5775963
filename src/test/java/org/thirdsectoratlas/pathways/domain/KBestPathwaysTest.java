package org.thirdsectoratlas.pathways.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.trust.domain.Exhaustive;
import org.thirdsectoratlas.trust.domain.Hop;
import org.thirdsectoratlas.trust.domain.HubPolicy;
import org.thirdsectoratlas.trust.domain.Sight;
import org.thirdsectoratlas.trust.domain.TieFilter;
import org.thirdsectoratlas.trust.domain.TieKind;
import org.thirdsectoratlas.trust.domain.TrustGraphBuilder;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;
import org.thirdsectoratlas.trust.domain.TrustView;

/**
 * The search on trust graphs built in memory, with no database: hand-built graphs whose best pathways are known,
 * and random graphs (fixed seeds) on which {@link KBestPathways} returns exactly the k best of an exhaustive
 * enumeration of every simple pathway ({@link Exhaustive}), for every filter and hub regime. Every fact here is
 * public; who may see what is checked through the database's privacy rule in RandomGraphPathwaysTest.
 */
class KBestPathwaysTest {

    private static final LocalDate OLD = LocalDate.of(2020, 1, 1);
    private static final LocalDate NEW = LocalDate.of(2025, 1, 1);
    private static final String[] FORMALITY = {null, "INFORMAL", "SEMI_FORMAL", "FORMAL"};
    private static final String[] STATUS = {"CONFIRMED", "CONFIRMED", "CLAIMED"};
    /** Tight limits so that a dozen organisations have ordinary (≤ 3), weak (4-6) and too-big (> 6) groups. */
    private static final HubPolicy TIGHT = new HubPolicy(3, 6);
    private static final TieFilter ANY = new TieFilter(false, false, Set.of(), null, HubPolicy.DEFAULT);

    private static List<Pathway> search(TrustGraphSnapshot graph, TieFilter filter, String from, String to, int maxHops,
                                        int k, String viaOrganisation) {
        TrustView view = new TrustView(graph, filter, Sight.of(graph, Viewer.PUBLIC));
        return KBestPathways.find(view, from, Set.of(to), maxHops, k, viaOrganisation, filter.viaGroup());
    }

    private static List<List<String>> routes(List<Pathway> pathways) {
        return pathways.stream().map(Pathway::organisationIds).toList();
    }

    private static List<String> describe(List<Pathway> pathways) {
        return pathways.stream().map(p -> p.organisationIds() + " " + p.score() + " " + p.oldestConfirmation() + " "
                + p.hops().stream().map(Hop::explanation).toList()).toList();
    }

    private static TrustGraphBuilder organisations(String... ids) {
        TrustGraphBuilder graph = TrustGraphSnapshot.builder();
        for (String id : ids) {
            graph.organisation(id, id.toUpperCase());
        }
        return graph;
    }

    private static void collaboration(TrustGraphBuilder graph, String a, String b, String formality, String status,
                                      LocalDate confirmed) {
        graph.tie(a + "-" + b, a, b, TieKind.COLLABORATION, "ADVOCACY", formality, status, confirmed);
    }

    @Test
    void fewerHopsComeFirstThenStrongerTiesThenMoreRecentlyConfirmedOnes() {
        TrustGraphBuilder graph = organisations("a", "b", "c", "d", "e", "f", "g");
        collaboration(graph, "a", "c", "FORMAL", "CONFIRMED", NEW);
        collaboration(graph, "c", "d", "FORMAL", "CONFIRMED", NEW);
        collaboration(graph, "a", "b", "FORMAL", "CONFIRMED", NEW);
        collaboration(graph, "b", "d", "SEMI_FORMAL", "CONFIRMED", NEW);
        collaboration(graph, "a", "e", null, "CLAIMED", NEW);
        collaboration(graph, "e", "d", null, "CONFIRMED", NEW);
        collaboration(graph, "a", "f", null, "CONFIRMED", OLD);
        collaboration(graph, "f", "d", null, "CONFIRMED", NEW);
        collaboration(graph, "a", "g", null, "CONFIRMED", NEW);
        collaboration(graph, "g", "d", null, "CONFIRMED", NEW);
        collaboration(graph, "a", "d", null, "CLAIMED", OLD);

        List<Pathway> found = search(graph.build(), ANY, "a", "d", 3, 10, null);

        assertEquals(List.of(List.of("a", "d"), List.of("a", "c", "d"), List.of("a", "b", "d"),
                List.of("a", "g", "d"), List.of("a", "f", "d"), List.of("a", "e", "d")), routes(found));
        assertEquals(List.of(1.03, 2.0, 2.01, 2.04, 2.04, 2.05), found.stream().map(Pathway::score).toList());
        assertEquals(OLD, found.get(4).oldestConfirmation());
    }

    @Test
    void confirmedOnlyLeavesOutClaimedTiesAndAvoidLeavesOutTheOrganisation() {
        TrustGraphBuilder graph = organisations("a", "b", "c", "d");
        collaboration(graph, "a", "b", "FORMAL", "CLAIMED", NEW);
        collaboration(graph, "b", "d", "FORMAL", "CONFIRMED", NEW);
        collaboration(graph, "a", "c", null, "CONFIRMED", NEW);
        collaboration(graph, "c", "d", null, "CONFIRMED", NEW);
        TrustGraphSnapshot snapshot = graph.build();

        assertEquals(List.of(List.of("a", "c", "d")), routes(search(snapshot,
                new TieFilter(true, false, Set.of(), null, HubPolicy.DEFAULT), "a", "d", 3, 5, null)));
        assertEquals(List.of(List.of("a", "b", "d")), routes(search(snapshot,
                new TieFilter(false, false, Set.of("c"), null, HubPolicy.DEFAULT), "a", "d", 3, 5, null)));
        assertEquals(List.of(), search(snapshot,
                new TieFilter(true, false, Set.of("c"), null, HubPolicy.DEFAULT), "a", "d", 3, 5, null));
    }

    @Test
    void aGroupPastTheHardLimitIsNoStepUnlessThePathwayMustGoThroughIt() {
        TrustGraphBuilder graph = organisations("a", "b", "c", "d", "e", "f", "g", "h");
        graph.group("big", "Big network", TieKind.NETWORK, "FORMAL", 8);
        for (String member : List.of("a", "b", "c", "d", "e", "f", "g", "h")) {
            graph.membership(member + "-big", member, "big", "CONFIRMED", NEW);
        }
        TrustGraphSnapshot snapshot = graph.build();

        assertEquals(List.of(), search(snapshot, new TieFilter(false, false, Set.of(), null, TIGHT), "a", "h", 3, 5,
                null), "eight members is past the hard limit of six");
        List<Pathway> through = search(snapshot, new TieFilter(false, false, Set.of(), "big", TIGHT), "a", "h", 3, 1,
                null);
        assertEquals(List.of(List.of("a", "h")), routes(through));
        assertEquals("big", through.get(0).hops().get(0).groupId());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void theSearchReturnsExactlyTheKBestOfEveryPathwayInARandomGraph(long seed) {
        Random random = new Random(seed);
        int n = 9 + random.nextInt(5);
        TrustGraphBuilder graph = TrustGraphSnapshot.builder();
        for (int i = 0; i < n; i++) {
            graph.organisation("o" + i, "Organisation " + i);
        }
        int ties = n + random.nextInt(n);
        for (int t = 0; t < ties; t++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b) {
                graph.tie("t" + t, "o" + a, "o" + b, t % 4 == 0 ? TieKind.INFRASTRUCTURE_SUPPORT : TieKind.COLLABORATION,
                        "ADVOCACY", FORMALITY[random.nextInt(4)], STATUS[random.nextInt(3)],
                        LocalDate.of(2019 + random.nextInt(6), 1 + random.nextInt(12), 1));
            }
        }
        TieKind[] kinds = {TieKind.NETWORK, TieKind.NETWORK, TieKind.CONSORTIUM, TieKind.SHARED_RESOURCE,
                TieKind.NETWORK};
        int[] sizes = {2 + random.nextInt(2), 4 + random.nextInt(3), 2 + random.nextInt(5), 3 + random.nextInt(3),
                7 + random.nextInt(3)};
        for (int g = 0; g < kinds.length; g++) {
            List<Integer> members = random.ints(0, n).distinct().limit(Math.min(sizes[g], n)).boxed().toList();
            graph.group("g" + g, "Group " + g, kinds[g], FORMALITY[random.nextInt(4)], members.size());
            for (int member : members) {
                graph.membership("m" + g + "-" + member, "o" + member, "g" + g, STATUS[random.nextInt(3)],
                        LocalDate.of(2019 + random.nextInt(6), 6, 1));
            }
        }
        TrustGraphSnapshot snapshot = graph.build();

        int compared = 0;
        for (int q = 0; q < 40; q++) {
            String from = "o" + random.nextInt(n);
            String to = "o" + random.nextInt(n);
            String other = "o" + random.nextInt(n);
            if (from.equals(to)) {
                continue;
            }
            int k = 1 + random.nextInt(5);
            int maxHops = 1 + random.nextInt(6);
            Set<String> avoid = random.nextInt(4) == 0 && !other.equals(from) && !other.equals(to) ? Set.of(other)
                    : Set.of();
            int via = random.nextInt(5);
            String viaOrganisation = via == 0 && !other.equals(from) && !avoid.contains(other) ? other : null;
            String viaGroup = via == 1 ? "g" + random.nextInt(kinds.length) : null;
            TieFilter filter = new TieFilter(random.nextInt(3) == 0, random.nextInt(5) == 0, avoid, viaGroup, TIGHT);

            List<Pathway> all = Exhaustive.pathways(snapshot, from, to, maxHops, filter, viaOrganisation);
            List<Pathway> found = search(snapshot, filter, from, to, maxHops, k, viaOrganisation);

            String what = "seed " + seed + ", " + from + " to " + to + ", " + filter + ", via " + viaOrganisation
                    + ", k " + k + ", maxHops " + maxHops;
            assertEquals(describe(all.subList(0, Math.min(k, all.size()))), describe(found), what);
            compared++;
        }
        assertTrue(compared > 25, "enough queries compared: " + compared);
    }
}
