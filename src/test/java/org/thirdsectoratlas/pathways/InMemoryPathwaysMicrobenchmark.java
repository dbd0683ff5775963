package org.thirdsectoratlas.pathways;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

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
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;
import org.thirdsectoratlas.trust.domain.BreadthFirst;
import org.thirdsectoratlas.trust.domain.Sight;
import org.thirdsectoratlas.trust.domain.TieFilter;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;
import org.thirdsectoratlas.trust.domain.TrustView;
import org.thirdsectoratlas.trust.infrastructure.graph.Neo4jTrustGraphRepository;

/**
 * A quick in-process measurement (not a test, not the benchmark harness): loads a generated ecosystem into the
 * test's embedded Neo4j, then times the whole-graph load, its heap, and pathway queries (k = 3, maxHops as
 * given) over the held graph for three callers (anonymous, a member, a moderator), and the breadth-first floor.
 * Run with {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * ...InMemoryPathwaysMicrobenchmark S 6 [pairs] [unused] [whole-graph loads]}.
 */
public final class InMemoryPathwaysMicrobenchmark {

    public static void main(String[] args) {
        Generation generation = new Generation(Generation.DEFAULT_SEED, EcosystemSize.parse(args[0]));
        int maxHops = Integer.parseInt(args[1]);
        int pairsCount = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Graph graph = TestGraph.seeded();
        var loader = new EcosystemLoader(new Neo4jEcosystemStore(graph), new SeedInstaller(new Neo4jSeedStore(graph)),
                new DirectorySeedSource(TestGraph.SEED), EcosystemLoader.DEFAULT_BATCH);
        long t0 = System.nanoTime();
        loader.load(generation);
        System.out.printf("generated %s in %d ms%n", args[0], (System.nanoTime() - t0) / 1_000_000);
        var repository = new Neo4jTrustGraphRepository(graph);
        TrustGraphSnapshot whole = null;
        int loads = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        for (int i = 0; i < loads; i++) {
            long heapBefore = usedHeap();
            long started = System.nanoTime();
            whole = repository.load();
            long ms = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("whole-graph load %d ms; %d organisations, %d groups, %d ties, %d memberships;"
                    + " heap held ~%d MB%n", ms, whole.organisationCount(), whole.groupCount(), whole.tieCount(),
                    whole.membershipCount(), (usedHeap() - heapBefore) / 1_000_000);
        }
        TrustGraphSnapshot g = whole;
        List<String> ids = IntStream.range(0, g.organisationCount()).mapToObj(g::id)
                .filter(id -> id.startsWith(generation.idPrefix())).sorted().toList();
        SplittableRandom random = new SplittableRandom(7);
        List<String[]> pairs = new ArrayList<>();
        while (pairs.size() < pairsCount) {
            String a = ids.get(random.nextInt(ids.size()));
            String b = ids.get(random.nextInt(ids.size()));
            if (!a.equals(b)) {
                pairs.add(new String[] {a, b});
            }
        }
        TieFilter filter = TieFilter.ALL;
        // three callers: anonymous, a member of the first pair's organisation, a moderator (same graph, own sights)
        List<Viewer> callers = List.of(Viewer.PUBLIC, new Viewer(Set.of(pairs.get(0)[0]), false),
                new Viewer(Set.of(), true));
        for (int round = 0; round < 3; round++) {
            for (Viewer caller : callers) {
                long[] search = new long[pairs.size()];
                long read = 0;
                int found = 0;
                int answers = 0;
                for (int i = 0; i < pairs.size(); i++) {
                    String[] p = pairs.get(i);
                    long s = System.nanoTime();
                    TrustView view = new TrustView(g, filter, Sight.of(g, caller));
                    List<Pathway> best = KBestPathways.find(view, p[0], Set.of(p[1]), maxHops, 3, null, null);
                    search[i] = System.nanoTime() - s;
                    found += best.isEmpty() ? 0 : 1;
                    answers = 31 * answers + best.toString().hashCode();
                    read += view.size();
                }
                System.out.printf("in-memory round %d, %s, maxHops %d: search p50 %.2f ms p99 %.2f ms; mean "
                        + "organisations read %d; %d of %d found (answers' fingerprint %08x)%n", round,
                        caller.moderator() ? "moderator" : caller.organisations().isEmpty() ? "anonymous" : "member",
                        maxHops, pct(search, 50), pct(search, 99), read / pairs.size(), found, pairs.size(), answers);
            }
            long[] floor = new long[pairs.size()];
            for (int i = 0; i < pairs.size(); i++) {
                String[] p = pairs.get(i);
                long s = System.nanoTime();
                BreadthFirst.fewestHops(new TrustView(g, filter, Sight.of(g, Viewer.PUBLIC)), g.indexOf(p[0]),
                        g.indexOf(p[1]), maxHops);
                floor[i] = System.nanoTime() - s;
            }
            System.out.printf("in-memory round %d: breadth-first floor p50 %.2f ms p99 %.2f ms%n", round,
                    pct(floor, 50), pct(floor, 99));
        }
        System.exit(0);
    }

    private static long usedHeap() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static double pct(long[] nanos, int p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }
}
