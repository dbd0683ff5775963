package org.thirdsectoratlas.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.thirdsectoratlas.generator.application.EcosystemLoader;
import org.thirdsectoratlas.generator.domain.EcosystemSize;
import org.thirdsectoratlas.generator.domain.Generation;
import org.thirdsectoratlas.generator.infrastructure.graph.Neo4jEcosystemStore;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.seed.application.SeedInstaller;
import org.thirdsectoratlas.seed.infrastructure.ClasspathSeedSource;
import org.thirdsectoratlas.seed.infrastructure.Neo4jSeedStore;
import org.thirdsectoratlas.trust.domain.TieFilter;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;
import org.thirdsectoratlas.trust.infrastructure.graph.Neo4jTrustGraphRepository;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * The scale benchmark (issue 6), against a running Atlas on 127.0.0.1. For each size: makes it the only
 * generated dataset (loading it with the generator's loader if needed), restarts the server and times
 * start-to-ready, reads the heap, measures pathway latency REST vs driver vs BFS on seeded pairs, runs the
 * throughput grid, profiles EXPAND, and rewrites the generated part of docs/performance.md. Run:
 * <pre>
 * mvn -o -q test-compile exec:java@bench -Dexec.args="--sizes S,M,L --http http://127.0.0.1:9480
 *     --uri bolt://127.0.0.1:8087 --server tsa-scale"
 * </pre>
 */
public final class BenchmarkCommand {

    record Options(List<String> sizes, URI http, URI bolt, String server, Path wlp, int pairs, Duration cell,
                   int[] clients, boolean restart, Path out) {

        static Options parse(String[] args) {
            Map<String, String> o = new java.util.HashMap<>(Map.of("--sizes", "S,M,L", "--http",
                    "http://127.0.0.1:9080/", "--uri", "bolt://127.0.0.1:7687", "--server", "atlas", "--wlp",
                    "target/liberty/wlp", "--pairs", "200", "--seconds", "10", "--clients", "1,8,32",
                    "--restart", "true", "--out", "docs/performance.md"));
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (!o.containsKey(args[i])) {
                    throw new IllegalArgumentException("unknown option " + args[i]);
                }
                o.put(args[i], args[i + 1]);
            }
            String http = o.get("--http").endsWith("/") ? o.get("--http") : o.get("--http") + "/";
            return new Options(List.of(o.get("--sizes").split(",")), Loopback.requireLoopback(URI.create(http)),
                    Loopback.requireLoopback(URI.create(o.get("--uri"))), o.get("--server"), Path.of(o.get("--wlp")),
                    Integer.parseInt(o.get("--pairs")), Duration.ofSeconds(Long.parseLong(o.get("--seconds"))),
                    Arrays.stream(o.get("--clients").split(",")).mapToInt(Integer::parseInt).toArray(),
                    Boolean.parseBoolean(o.get("--restart")), Path.of(o.get("--out")));
        }
    }

    static final String DATASETS = """
            MATCH (o:Organisation) WHERE o.dataset STARTS WITH 'generated-'
            RETURN DISTINCT o.dataset AS dataset
            """;
    static final String IDS = """
            MATCH (o:Organisation) WHERE o.dataset = $dataset
            RETURN o.id AS id ORDER BY id
            """;
    static final long SEED = 6;

    private BenchmarkCommand() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Files.createDirectories(Path.of("target", "bench"));
        for (String name : options.sizes()) {
            SizeResult result = runSize(options, EcosystemSize.parse(name));
            Files.writeString(Path.of("target", "bench", "size-" + name + ".md"), result.markdown());
            PerformanceDoc.write(options, List.of("S", "M", "L"));
            System.out.println("size " + name + " done: " + result.headline());
        }
        System.exit(0);
    }

    static SizeResult runSize(Options options, EcosystemSize size) throws Exception {
        Generation generation = new Generation(Generation.DEFAULT_SEED, size);
        Loopback http = new Loopback(options.http());
        ServerControl server = new ServerControl(http, options.wlp(), options.server());
        SizeResult result = new SizeResult(size.name(), Instant.now());
        String loadReport;
        try (Driver driver = GraphDatabase.driver(options.bolt(), AuthTokens.none())) {
            Graph graph = new Graph(driver, "neo4j");
            var source = new ClasspathSeedSource(BenchmarkCommand.class.getClassLoader());
            EcosystemLoader loader = new EcosystemLoader(new Neo4jEcosystemStore(graph),
                    new SeedInstaller(new Neo4jSeedStore(graph)), source, EcosystemLoader.DEFAULT_BATCH);
            List<String> present = graph.read(tx -> tx.run(DATASETS).list(r -> r.get("dataset").asString()));
            for (String other : present) {
                if (!other.equals(generation.dataset())) {
                    log("removing " + other);
                    result.note("removed " + other + " first: " + loader.remove(other));
                }
            }
            long count = graph.read(tx -> tx.run(IDS, Map.of("dataset", generation.dataset())).list().size());
            Path loadFile = Path.of("target", "bench", "load-" + size.name() + ".txt");
            if (count < size.organisations()) {
                log("loading " + generation.dataset());
                double before = LoadAverage.now();
                loadReport = loader.load(generation).toString();
                loadReport += String.format(" (load average %.1f before, %.1f after)", before, LoadAverage.now());
                Files.writeString(loadFile, loadReport);
            } else {
                loadReport = Files.exists(loadFile) ? Files.readString(loadFile) + " (loaded by an earlier run)"
                        : "loaded before this run (no load report kept)";
            }
        }
        result.load(loadReport);
        if (options.restart()) {
            log("restarting " + options.server());
            result.startToReady(server.restart(), LoadAverage.now());
        }
        InsightTimes.measure(http, server, result);
        Instant heapRead = Instant.now();
        result.heap(server.heapUsedMiB(5), String.valueOf(http.bodyOrNull("health/live")),
                server.gcLog().heapAfterLastPauseMiB(heapRead));
        try (Driver driver = GraphDatabase.driver(options.bolt(), AuthTokens.none())) {
            Graph graph = new Graph(driver, "neo4j");
            measure(options, generation, graph, http, server.gcLog(), result);
        }
        return result;
    }

    /**
     * Gives leeds-gate (whose member the grid signs in as) private and partners-only collaborations with the pairs'
     * ends, so that the member's searches use facts anonymous callers may not see; marked {@code bench} and removed
     * by {@link #unhide} after the grid.
     */
    private static void hideForMember(Graph graph, List<PairPicker.Pair> pairs) {
        List<String> ends = pairs.stream().flatMap(p -> java.util.stream.Stream.of(p.from(), p.to())).distinct().toList();
        graph.write(tx -> tx.run("""
                MATCH (g:Organisation {id: 'leeds-gate'})
                UNWIND range(0, size($ends) - 1) AS i
                MATCH (o:Organisation {id: $ends[i]})
                CREATE (g)-[:COLLABORATES_WITH {kind: 'ADVOCACY', status: 'CONFIRMED', bench: true,
                        visibility: CASE WHEN i % 2 = 0 THEN 'PRIVATE' ELSE 'PARTNERS' END}]->(o)
                """, Map.of("ends", ends)).consume());
    }

    private static void unhide(Graph graph) {
        graph.write(tx -> tx.run("MATCH ()-[t:COLLABORATES_WITH {bench: true}]->() DELETE t").consume());
    }

    private static void measure(Options options, Generation generation, Graph graph, Loopback http, GcLog gc,
                                SizeResult result) throws InterruptedException, java.io.IOException {
        long t0 = System.nanoTime();
        TrustGraphSnapshot whole = graph.read(Neo4jTrustGraphRepository::load);
        result.snapshot(whole, (System.nanoTime() - t0) / 1_000_000);
        List<String> ids = new ArrayList<>(graph.read(tx -> tx.run(IDS, Map.of("dataset", generation.dataset()))
                .list(r -> r.get("id").asString())));
        ids.removeIf(id -> whole.indexOf(id) < 0);
        List<PairPicker.Pair> pairs = PairPicker.pick(whole, ids, options.pairs(), SEED);
        log("pathway latency over " + pairs.size() + " pairs");
        result.pathways(pairs, PathwayLatency.run(http, graph, whole, pairs, Math.max(2, pairs.size() / 10)));
        Workload work = new Workload(graph, http, ids, pairs, SEED);
        result.searchWords(work.sampleSearchWords());
        hideForMember(graph, pairs);
        LoadGrid grid = new LoadGrid(http, options.cell(), Duration.ofSeconds(2),
                new Drain(graph, Loopback.TIMEOUT.plusSeconds(30)));
        for (var endpoint : List.of(
                Map.entry("organisation lookup", work.lookup()),
                Map.entry("organisation lookup, cold (each id once)", work.coldLookup()),
                Map.entry("search", work.search()),
                Map.entry("search, second page (never cached)", work.searchSecondPage()),
                Map.entry("pathways (remembered answers)", work.pathways()),
                Map.entry("pathways, searched every time (no-cache)", work.pathwaysSearched()),
                // the three callers of issue 16: a member whose organisation holds private and partners-only ties
                // (hideForMember gives leeds-gate some), and a moderator, both searched in memory like anyone
                Map.entry("pathways, searched, as a member with hidden ties",
                        work.pathwaysSearchedAs(http.token("member-leeds-gate"))),
                Map.entry("pathways, searched, as a moderator", work.pathwaysSearchedAs(http.token("moderator"))),
                Map.entry("partner search", work.partnerSearch()),
                Map.entry("coverage insight", work.coverage()))) {
            for (int clients : options.clients()) {
                log(endpoint.getKey() + " at " + clients);
                LoadGrid.Cell cell = grid.run(endpoint.getKey(), clients, endpoint.getValue());
                result.cell(cell, gc.between(cell.startedAt(), cell.endedAt()));
            }
        }
        unhide(graph);
        result.line(String.format("cold lookups issued: %,d of %,d ids in the dataset%s", work.coldLookupsIssued(),
                work.datasetSize(), work.coldLookupsIssued() > work.datasetSize() ? " (wrapped: later ones were cached)"
                        : ""));
        // Kept before the profile: a failure there must not lose the grid.
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "bench", "size-partial.md"), result.markdown());
        PairPicker.Pair sample = pairs.get(0);
        result.profile(sample, PlanProfile.shortest(graph, sample, 6));
    }

    static void log(String line) {
        System.out.println(Instant.now() + " bench: " + line);
    }
}
