package org.thirdsectoratlas.pathways.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thirdsectoratlas.pathways.RandomGraphPathwaysTest.FORMALITY;
import static org.thirdsectoratlas.pathways.RandomGraphPathwaysTest.STATUS;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.PriorityQueue;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thirdsectoratlas.pathways.RandomGraphPathwaysTest;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;
import org.thirdsectoratlas.trust.TrustFixture;
import org.thirdsectoratlas.trust.domain.HubPolicy;
import org.thirdsectoratlas.trust.domain.Sight;
import org.thirdsectoratlas.trust.domain.TrustView;
import org.thirdsectoratlas.trust.domain.TieFilter;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;
import org.thirdsectoratlas.trust.infrastructure.graph.Neo4jTrustGraphRepository;

/**
 * The search's bounds, grown a node at a time, never claim more than the real fewest hops and least cost over the
 * neighbourhood's steps (or the ranking would skip a better pathway), only ever rise as they grow, and once
 * complete equal a plain breadth-first search and Dijkstra over groups as nodes.
 */
class GrowingBoundsTest {

    @AfterAll
    static void restoreLeeds() {
        TrustFixture.restoreLeeds();
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void boundsAreLowerBoundsThatOnlyRise(long seed) {
        Random random = new Random(seed);
        int n = 30 + random.nextInt(20);
        TrustFixture fixture = RandomGraphPathwaysTest.randomOrganisations(random, n);
        for (int g = 0; g < 8; g++) {
            fixture.group(g % 3 == 0 ? "Consortium" : "Network", "g" + g, FORMALITY[random.nextInt(4)]);
            for (int m = 0; m < 2 + random.nextInt(g == 0 ? 20 : 5); m++) {
                fixture.member("o" + random.nextInt(n), "g" + g, STATUS[random.nextInt(4)],
                        LocalDate.of(2019 + random.nextInt(6), 6, 1));
            }
        }
        TrustGraphSnapshot whole = new Neo4jTrustGraphRepository(TestGraph.graph()).load();
        hidePartOf();
        TieFilter filter = new TieFilter(random.nextBoolean(), false, Set.of(), null, new HubPolicy(6, 12));
        List<Viewer> viewers = List.of(Viewer.PUBLIC, new Viewer(Set.of(), true),
                new Viewer(Set.of("o" + random.nextInt(n)), false));
        for (int q = 0; q < 10; q++) {
            String from = "o" + random.nextInt(n);
            String to = "o" + random.nextInt(n);
            if (from.equals(to) || whole.indexOf(from) < 0 || whole.indexOf(to) < 0) {
                continue;
            }
            TrustView near = new TrustView(whole, filter, Sight.of(whole, viewers.get(q % viewers.size())));
            BitSet target = new BitSet();
            target.set(whole.indexOf(to));
            assertGrowsSafely(near, target, seed + " " + from + "->" + to);
        }
    }

    private static void assertGrowsSafely(TrustView near, BitSet target, String what) {
        long[] hops = overSteps(near, target, false);
        long[] cost = overSteps(near, target, true);
        var growingHops = new FewestHops(near, target);
        var growingCost = new LeastCost(near, target);
        int size = hops.length;
        long[] lastHops = new long[size];
        long[] lastCost = new long[size];
        int grown = 0;
        while (true) {
            for (int v = 0; v < size; v++) {
                long h = hopsOrFar(growingHops.atLeast(v));
                long c = growingCost.atLeast(v);
                assertTrue(h <= hops[v] && c <= cost[v], what + ", organisation " + v + " after " + grown);
                assertTrue(h >= lastHops[v] && c >= lastCost[v], what + ", bound fell, organisation " + v);
                lastHops[v] = h;
                lastCost[v] = c;
            }
            if (growingHops.complete() && growingCost.complete()) {
                break;
            }
            growingHops.advance();
            growingCost.advance();
            grown++;
        }
        assertEquals(Arrays.toString(groupsAsNodes(near, target, false)), Arrays.toString(lastHops),
                what + ": complete fewest hops");
        assertEquals(Arrays.toString(groupsAsNodes(near, target, true)), Arrays.toString(lastCost),
                what + ": complete least cost");
    }

    /** Private and partners-only facts, so that bounds are checked over what each caller sees. */
    private static void hidePartOf() {
        TestGraph.graph().write(tx -> {
            tx.run("""
                    MATCH (o:Organisation) WHERE o.id ENDS WITH '3' SET o.visibility = 'PRIVATE'
                    WITH count(*) AS done
                    MATCH ()-[r:COLLABORATES_WITH|MEMBER_OF|PARTNER_IN]->()
                    SET r.visibility = CASE right(elementId(r), 1) WHEN '1' THEN 'PRIVATE' WHEN '4' THEN 'PARTNERS'
                                       ELSE r.visibility END
                    """).consume();
            return null;
        });
    }

    private static long hopsOrFar(int hops) {
        return hops >= FewestHops.UNREACHABLE ? LeastCost.FAR : hops;
    }

    /** Fewest real steps, or least (cost, weakness) over them (the pair rule applied): what a pathway needs. */
    private static long[] overSteps(TrustView near, BitSet target, boolean byCost) {
        return dijkstra(near.graph().organisationCount(), target, (x, at, relax) -> near.steps(x,
                (y, c, w, d, ref) -> relax.to(y, at + (byCost ? KBestPathways.key(c, w) : 1))));
    }

    /**
     * The same searches with each group a node (entering costs its hop, formality and that membership's status,
     * leaving is free), written plainly: what the grown bounds must equal once complete.
     */
    private static long[] groupsAsNodes(TrustView near, BitSet target, boolean byCost) {
        int orgs = near.graph().organisationCount();
        long[] best = dijkstra(orgs + near.graph().groupCount(), target, (x, at, relax) -> {
            if (x >= orgs) {
                near.memberOrganisations(x - orgs, y -> relax.to(y, at));
                return;
            }
            near.ties(x, (y, c, w, d, ref) -> relax.to(y, at + (byCost ? KBestPathways.key(c, w) : 1)));
            near.groups(x, (g, weakness) -> {
                relax.to(orgs + g, at + (byCost ? KBestPathways.key(near.groupCost(g), weakness) : 1));
            });
        });
        return Arrays.copyOf(best, orgs);
    }

    private interface Edges {
        void from(int x, long at, Relax relax);
    }

    private interface Relax {
        void to(int y, long key);
    }

    /** A plain Dijkstra over nodes 0..size-1 from the targets (FAR where unreachable). */
    private static long[] dijkstra(int size, BitSet target, Edges edges) {
        long[] best = new long[size];
        Arrays.fill(best, LeastCost.FAR);
        var queue = new PriorityQueue<long[]>((a, b) -> Long.compare(a[0], b[0]));
        target.stream().forEach(t -> {
            best[t] = 0;
            queue.add(new long[] {0, t});
        });
        while (!queue.isEmpty()) {
            long[] top = queue.poll();
            int x = (int) top[1];
            if (top[0] == best[x]) {
                edges.from(x, top[0], (y, key) -> {
                    if (key < best[y]) {
                        best[y] = key;
                        queue.add(new long[] {key, y});
                    }
                });
            }
        }
        return best;
    }
}
