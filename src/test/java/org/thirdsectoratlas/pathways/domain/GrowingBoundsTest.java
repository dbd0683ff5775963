package org.thirdsectoratlas.pathways.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thirdsectoratlas.pathways.RandomGraphPathwaysTest;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;
import org.thirdsectoratlas.trust.TrustFixture;
import org.thirdsectoratlas.trust.domain.HubPolicy;
import org.thirdsectoratlas.trust.domain.Neighbourhood;
import org.thirdsectoratlas.trust.domain.TieFilter;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;
import org.thirdsectoratlas.trust.infrastructure.graph.Neo4jTrustGraphRepository;

/**
 * The search's bounds, grown a node at a time, never claim more than the real fewest hops and least cost over the
 * neighbourhood's steps (or the ranking would skip a better pathway), only ever rise as they grow, and once
 * complete equal a plain breadth-first search and Dijkstra over groups as nodes.
 */
class GrowingBoundsTest {

    private static final String[] FORMALITY = {null, "INFORMAL", "SEMI_FORMAL", "FORMAL"};
    private static final String[] STATUS = {"CONFIRMED", "CONFIRMED", "CLAIMED", "WITHDRAWN"};

    @AfterAll
    static void restoreLeeds() {
        TrustFixture.restoreLeeds();
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void boundsAreLowerBoundsThatOnlyRise(long seed) {
        Random random = new Random(seed);
        int n = 30 + random.nextInt(20);
        TrustFixture fixture = TrustFixture.empty();
        fixture.orgs(IntStream.range(0, n).mapToObj(i -> "o" + i).toArray(String[]::new));
        fixture.collabs(RandomGraphPathwaysTest.randomCollaborations(random, n));
        for (int g = 0; g < 8; g++) {
            fixture.group(g % 3 == 0 ? "Consortium" : "Network", "g" + g, FORMALITY[random.nextInt(4)]);
            for (int m = 0; m < 2 + random.nextInt(g == 0 ? 20 : 5); m++) {
                fixture.member("o" + random.nextInt(n), "g" + g, STATUS[random.nextInt(4)],
                        LocalDate.of(2019 + random.nextInt(6), 6, 1));
            }
        }
        TrustGraphSnapshot whole = new Neo4jTrustGraphRepository(TestGraph.graph()).load(Viewer.PUBLIC);
        TieFilter filter = new TieFilter(random.nextBoolean(), false, Set.of(), null, new HubPolicy(6, 12));
        for (int q = 0; q < 10; q++) {
            String from = "o" + random.nextInt(n);
            String to = "o" + random.nextInt(n);
            if (from.equals(to) || whole.indexOf(from) < 0 || whole.indexOf(to) < 0) {
                continue;
            }
            Neighbourhood near = whole.explore(Set.of(from), Set.of(to), 2 + random.nextInt(5), filter);
            BitSet target = new BitSet();
            target.set(whole.indexOf(to));
            assertGrowsSafely(near, target, seed + " " + from + "->" + to);
        }
    }

    private static void assertGrowsSafely(Neighbourhood near, BitSet target, String what) {
        int[] hops = fewestHopsOverSteps(near, target);
        long[] cost = leastCostOverSteps(near, target);
        var growingHops = new FewestHops(near, target);
        var growingCost = new LeastCost(near, target);
        int size = hops.length;
        int[] lastHops = new int[size];
        long[] lastCost = new long[size];
        int grown = 0;
        while (true) {
            for (int v = 0; v < size; v++) {
                int h = growingHops.atLeast(v);
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
        assertEquals(Arrays.toString(groupsAsNodes(near, target, false)), Arrays.toString(lastHopsAsLong(lastHops)),
                what + ": complete fewest hops");
        assertEquals(Arrays.toString(groupsAsNodes(near, target, true)), Arrays.toString(lastCost),
                what + ": complete least cost");
    }

    private static long[] lastHopsAsLong(int[] hops) {
        return Arrays.stream(hops).mapToLong(h -> h >= FewestHops.UNREACHABLE ? LeastCost.FAR : h).toArray();
    }

    /** Fewest real steps (the pair rule applied) from every organisation to the target: what a pathway needs. */
    private static int[] fewestHopsOverSteps(Neighbourhood near, BitSet target) {
        int[] dist = new int[near.graph().organisationCount()];
        Arrays.fill(dist, FewestHops.UNREACHABLE);
        var queue = new ArrayDeque<Integer>();
        target.stream().forEach(t -> {
            dist[t] = 0;
            queue.add(t);
        });
        while (!queue.isEmpty()) {
            int x = queue.poll();
            near.steps(x, (y, c, w, d, ref) -> {
                if (dist[y] == FewestHops.UNREACHABLE) {
                    dist[y] = dist[x] + 1;
                    queue.add(y);
                }
            });
        }
        return dist;
    }

    /** Least (cost, weakness) over real steps from every organisation to the target. */
    private static long[] leastCostOverSteps(Neighbourhood near, BitSet target) {
        long[] best = new long[near.graph().organisationCount()];
        Arrays.fill(best, LeastCost.FAR);
        var queue = new PriorityQueue<long[]>((a, b) -> Long.compare(a[0], b[0]));
        target.stream().forEach(t -> {
            best[t] = 0;
            queue.add(new long[] {0, t});
        });
        while (!queue.isEmpty()) {
            long[] top = queue.poll();
            int x = (int) top[1];
            if (top[0] != best[x]) {
                continue;
            }
            near.steps(x, (y, c, w, d, ref) -> {
                long k = top[0] + KBestPathways.key(c, w);
                if (k < best[y]) {
                    best[y] = k;
                    queue.add(new long[] {k, y});
                }
            });
        }
        return best;
    }

    /**
     * The same searches with each group a node (entering costs its hop, formality and that membership's status),
     * written plainly: what the grown bounds must equal once complete.
     */
    private static long[] groupsAsNodes(Neighbourhood near, BitSet target, boolean byCost) {
        int orgs = near.graph().organisationCount();
        long[] best = new long[orgs + near.graph().groupCount()];
        Arrays.fill(best, LeastCost.FAR);
        var queue = new PriorityQueue<long[]>((a, b) -> Long.compare(a[0], b[0]));
        target.stream().forEach(t -> {
            best[t] = 0;
            queue.add(new long[] {0, t});
        });
        while (!queue.isEmpty()) {
            long[] top = queue.poll();
            int x = (int) top[1];
            if (top[0] != best[x]) {
                continue;
            }
            if (x >= orgs) {
                near.memberOrganisations(x - orgs, y -> relax(best, queue, y, top[0]));
                continue;
            }
            near.ties(x, (y, c, w, d, ref) -> relax(best, queue, y, top[0] + (byCost ? KBestPathways.key(c, w) : 1)));
            near.memberships(x, m -> {
                int g = near.groupOf(m);
                relax(best, queue, orgs + g, top[0] + (byCost
                        ? KBestPathways.key(near.groupCost(g), near.leastWeakness(m)) : 1));
            });
        }
        return Arrays.copyOf(best, orgs);
    }

    private static void relax(long[] best, PriorityQueue<long[]> queue, int y, long key) {
        if (key < best[y]) {
            best[y] = key;
            queue.add(new long[] {key, y});
        }
    }
}
