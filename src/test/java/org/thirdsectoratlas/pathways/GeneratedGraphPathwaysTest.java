package org.thirdsectoratlas.pathways;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.generator.application.EcosystemLoader;
import org.thirdsectoratlas.generator.domain.EcosystemSize;
import org.thirdsectoratlas.generator.domain.Generation;
import org.thirdsectoratlas.generator.infrastructure.graph.Neo4jEcosystemStore;
import org.thirdsectoratlas.pathways.domain.KBestPathways;
import org.thirdsectoratlas.pathways.domain.Pathway;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.seed.application.SeedInstaller;
import org.thirdsectoratlas.seed.infrastructure.DirectorySeedSource;
import org.thirdsectoratlas.seed.infrastructure.Neo4jSeedStore;
import org.thirdsectoratlas.testing.TestGraph;
import org.thirdsectoratlas.trust.domain.HubPolicy;
import org.thirdsectoratlas.trust.domain.Exhaustive;
import org.thirdsectoratlas.trust.domain.Sight;
import org.thirdsectoratlas.trust.domain.TieFilter;
import org.thirdsectoratlas.trust.domain.TrustView;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;
import org.thirdsectoratlas.trust.infrastructure.graph.Neo4jTrustGraphRepository;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * On a small generated ecosystem (size "500"), the ranked search over the held graph agrees on hop counts with a
 * plain breadth-first search over the same steps (the floor).
 */
class GeneratedGraphPathwaysTest {

    private static final Generation G500 = new Generation(42, EcosystemSize.parse("500"));
    // 4 hops and 24 pairs keep the suite quick on 2 cores; the benchmark runs the 6-hop case at scale.
    private static final int MAX_HOPS = 4;
    /** No hub penalty: every hop costs 1, so the best-ranked pathway must have exactly the fewest hops. */
    private static final TieFilter FLAT = new TieFilter(false, false, Set.of(), null, new HubPolicy(100_000, 100_000));

    private static EcosystemLoader loader;
    private static TrustGraphSnapshot whole;
    private static List<String[]> pairs;

    @BeforeAll
    static void loadAGeneratedEcosystem() {
        Graph graph = TestGraph.seeded();
        loader = new EcosystemLoader(new Neo4jEcosystemStore(graph), new SeedInstaller(new Neo4jSeedStore(graph)),
                new DirectorySeedSource(TestGraph.SEED), EcosystemLoader.DEFAULT_BATCH);
        loader.remove(G500.dataset());
        loader.load(G500);
        whole = new Neo4jTrustGraphRepository(graph).load();
        List<String> ids = IntStream.range(0, whole.organisationCount()).mapToObj(whole::id)
                .filter(id -> id.startsWith(G500.idPrefix())).sorted().toList();
        SplittableRandom random = new SplittableRandom(6);
        pairs = IntStream.range(0, 24).mapToObj(i -> new String[] {ids.get(random.nextInt(ids.size())),
                ids.get(random.nextInt(ids.size()))}).filter(p -> !p[0].equals(p[1])).toList();
    }

    @AfterAll
    static void leaveOnlyTheLeedsSeed() {
        loader.remove(G500.dataset());
    }

    private static int floor(String from, String to, TieFilter filter) {
        return Exhaustive.fewestHops(whole, whole.indexOf(from), Set.of(whole.indexOf(to)), MAX_HOPS, filter);
    }

    private static List<Pathway> search(String from, String to, TieFilter filter, int k) {
        TrustView view = new TrustView(whole, filter, Sight.of(whole, Viewer.PUBLIC));
        return KBestPathways.find(view, from, Set.of(to), MAX_HOPS, k, null, null);
    }

    @Test
    void rankedPathwaysExistExactlyWhenTheFloorFindsOneAndAreNeverShorter() {
        TreeSet<Integer> seen = new TreeSet<>();
        for (String[] p : pairs) {
            int expected = floor(p[0], p[1], TieFilter.ALL);
            seen.add(expected);
            List<Pathway> found = search(p[0], p[1], TieFilter.ALL, 3);
            assertEquals(expected < 0, found.isEmpty(), p[0] + " -> " + p[1]);
            found.forEach(path -> assertTrue(path.hopCount() >= expected,
                    p[0] + " -> " + p[1] + ": " + path.hopCount() + " hops, floor " + expected));
        }
        assertTrue(seen.size() >= 3, "pairs at several distances: " + seen);
    }

    @Test
    void withoutHubCostsTheBestPathwayHasExactlyTheFewestHops() {
        for (String[] p : pairs) {
            int expected = floor(p[0], p[1], FLAT);
            List<Pathway> best = search(p[0], p[1], FLAT, 1);
            assertEquals(expected, best.isEmpty() ? -1 : best.get(0).hopCount(), p[0] + " -> " + p[1]);
        }
    }
}
