package org.thirdsectoratlas.pathways;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.thirdsectoratlas.generator.application.EcosystemLoader;
import org.thirdsectoratlas.generator.domain.EcosystemSize;
import org.thirdsectoratlas.generator.domain.Generation;
import org.thirdsectoratlas.generator.infrastructure.graph.Neo4jEcosystemStore;
import org.thirdsectoratlas.pathways.domain.KBestPathways;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.platform.graph.GraphBootstrap;
import org.thirdsectoratlas.seed.application.SeedInstaller;
import org.thirdsectoratlas.seed.infrastructure.DirectorySeedSource;
import org.thirdsectoratlas.seed.infrastructure.Neo4jSeedStore;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;
import org.thirdsectoratlas.trust.application.TrustGraphHolder;
import org.thirdsectoratlas.trust.domain.Sight;
import org.thirdsectoratlas.trust.domain.TieFilter;
import org.thirdsectoratlas.trust.domain.TrustGraphChanged;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;
import org.thirdsectoratlas.trust.domain.TrustView;
import org.thirdsectoratlas.trust.infrastructure.graph.Neo4jTrustGraphRepository;

/**
 * A quick in-process measurement (not a test, not the benchmark harness) of pathways under a stream of writes:
 * loads a generated ecosystem into the test's embedded Neo4j, holds it as the server does, and times new pathway
 * questions (anonymous, k = 3) through the holder for {@code seconds} on a quiet graph, then for as long again
 * while a writer makes one change a second through the change log (a random collaboration's status toggled
 * between CONFIRMED and CLAIMED, its change numbered and its subjects named as editing's ChangeLog does) and
 * announces it as the edit services do; every question takes the holder's current graph, applying the pending
 * change first when there is one (as the writer's own next request would). Prints both p50/p99, how the changes
 * were applied (delta or whole load) and what that cost.
 * Run with {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.thirdsectoratlas.pathways.PathwaysUnderWritesMicrobenchmark S 6 10}.
 */
public final class PathwaysUnderWritesMicrobenchmark {

    public static void main(String[] args) throws InterruptedException {
        Generation generation = new Generation(Generation.DEFAULT_SEED, EcosystemSize.parse(args[0]));
        int maxHops = Integer.parseInt(args[1]);
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Graph graph = TestGraph.seeded();
        var loader = new EcosystemLoader(new Neo4jEcosystemStore(graph), new SeedInstaller(new Neo4jSeedStore(graph)),
                new DirectorySeedSource(TestGraph.SEED), EcosystemLoader.DEFAULT_BATCH);
        loader.load(generation);
        var holder = new TrustGraphHolder(new Neo4jTrustGraphRepository(graph), new GraphBootstrap(null),
                TestGraph.changes(), 300);
        TrustGraphHolder.Loaded whole = holder.rebuild();
        System.out.printf("%s: whole-graph load %d ms (%d organisations, %d ties, %d memberships)%n", args[0],
                whole.loadMillis(), whole.graph().organisationCount(), whole.graph().tieCount(),
                whole.graph().membershipCount());
        TrustGraphSnapshot g = whole.graph();
        List<String> ids = IntStream.range(0, g.organisationCount()).mapToObj(g::id)
                .filter(id -> id.startsWith(generation.idPrefix())).sorted().toList();
        List<String> ties = graph.read(tx -> tx.run("""
                MATCH (x:Organisation)-[r:COLLABORATES_WITH]->(:Organisation)
                WHERE x.id STARTS WITH $prefix AND r.status IN ['CONFIRMED', 'CLAIMED']
                RETURN elementId(r) AS tie, x.id AS x, endNode(r).id AS y LIMIT 500""",
                Map.of("prefix", generation.idPrefix())).list(r -> r.get("tie").asString() + " " + r.get("x")
                .asString() + " " + r.get("y").asString()));

        double[] quiet = ask(holder, ids, maxHops, seconds, new SplittableRandom(7));
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Long> deltaMillis = new ArrayList<>();
        int[] wholeLoads = {0};
        Thread writer = Thread.ofPlatform().start(() -> {
            SplittableRandom random = new SplittableRandom(11);
            while (writing.get()) {
                long began = System.nanoTime();
                String[] tie = ties.get(random.nextInt(ties.size())).split(" ");
                graph.write(tx -> {
                    long sequence = tx.run("""
                            MERGE (k:ChangeCounter {id: 'changes'}) SET k.next = coalesce(k.next, 0) + 1
                            RETURN k.next AS sequence""").single().get("sequence").asLong();
                    tx.run("""
                            CREATE (:Change {id: 'change-' + $sequence, sequence: $sequence, action: 'CONFIRM',
                                             organisationIds: $subjects, createdOrganisations: []})""",
                            Map.of("sequence", sequence, "subjects", List.of(tie[1], tie[2]))).consume();
                    tx.run("""
                            MATCH ()-[r]->() WHERE elementId(r) = $tie
                            SET r.status = CASE r.status WHEN 'CONFIRMED' THEN 'CLAIMED' ELSE 'CONFIRMED' END""",
                            Map.of("tie", tie[0])).consume();
                    return null;
                });
                holder.onChange(new TrustGraphChanged("benchmark write"));
                TrustGraphHolder.Loaded applied = holder.refresh();
                synchronized (deltaMillis) {
                    if (applied.delta()) {
                        deltaMillis.add(applied.loadMillis());
                    } else {
                        wholeLoads[0]++;
                    }
                }
                try {
                    Thread.sleep(Math.max(0, 1000 - (System.nanoTime() - began) / 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        double[] loaded = ask(holder, ids, maxHops, seconds, new SplittableRandom(7));
        writing.set(false);
        writer.join();
        long[] deltas = deltaMillis.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("quiet: %d questions, p50 %.2f ms, p99 %.2f ms%n", (int) quiet[2], quiet[0], quiet[1]);
        System.out.printf("one write a second: %d questions, p50 %.2f ms, p99 %.2f ms (p50 %.2fx quiet)%n",
                (int) loaded[2], loaded[0], loaded[1], loaded[0] / quiet[0]);
        System.out.printf("writes applied as deltas: %d (p50 %d ms, max %d ms); whole loads: %d%n", deltas.length,
                deltas.length == 0 ? -1 : deltas[deltas.length / 2], deltas.length == 0 ? -1 : deltas[deltas.length - 1],
                wholeLoads[0]);
        phases(graph, ties);
        System.exit(0);
    }

    /** Where a delta's time goes: the log read, the subjects' facts read again, the next snapshot frozen. */
    private static void phases(Graph graph, List<String> ties) {
        var repository = new Neo4jTrustGraphRepository(graph);
        var read = repository.loadFacts();
        TrustGraphSnapshot previous = read.facts().build();
        long sequence = read.sequence();
        for (int i = 0; i < 5; i++) {
            String[] tie = ties.get(i).split(" ");
            long t0 = System.nanoTime();
            var subjects = repository.subjectsOfChanges(sequence - 1, sequence).orElse(Set.of(tie[1], tie[2]));
            long t1 = System.nanoTime();
            repository.reread(read.facts(), subjects);
            long t2 = System.nanoTime();
            previous = read.facts().build(previous);
            long t3 = System.nanoTime();
            System.out.printf("delta phases: change log %.1f ms, facts read again %.1f ms (%d subjects), "
                    + "snapshot frozen %.1f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6, subjects.size(), (t3 - t2) / 1e6);
        }
    }

    /** New questions for {@code seconds}: p50, p99 (ms) and how many were asked. */
    private static double[] ask(TrustGraphHolder holder, List<String> ids, int maxHops, int seconds,
                                SplittableRandom random) {
        List<Long> nanos = new ArrayList<>();
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            String a = ids.get(random.nextInt(ids.size()));
            String b = ids.get(random.nextInt(ids.size()));
            if (a.equals(b)) {
                continue;
            }
            long s = System.nanoTime();
            TrustGraphSnapshot g = holder.graph();
            TrustView view = new TrustView(g, TieFilter.ALL, Sight.of(g, Viewer.PUBLIC));
            KBestPathways.find(view, a, Set.of(b), maxHops, 3, null, null);
            nanos.add(System.nanoTime() - s);
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new double[] {sorted[sorted.length / 2] / 1e6, sorted[Math.min(sorted.length - 1, sorted.length * 99 / 100)] / 1e6,
                sorted.length};
    }
}
