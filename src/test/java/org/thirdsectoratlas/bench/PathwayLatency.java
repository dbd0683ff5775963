package org.thirdsectoratlas.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.thirdsectoratlas.pathways.domain.KBestPathways;
import org.thirdsectoratlas.pathways.domain.Pathway;
import org.thirdsectoratlas.pathways.infrastructure.graph.Neo4jPathwayRepository;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.trust.domain.TieFilter;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * The same pathway question (k = 3, maxHops = 6) three ways, interleaved pair by pair so that all three see
 * the same machine load: the REST API, the driver running the repository's own Cypher plus the same Java
 * ranking, and the in-memory bidirectional BFS over the whole trust graph (the floor: fewest hops only). REST
 * requests carry Cache-Control: no-cache, so each is a search, never an answer the server remembered.
 */
final class PathwayLatency {

    static final int K = 3;
    static final int MAX_HOPS = 6;

    /** Results of one run; hop counts per pair for the report's distribution and the agreement check. */
    record Result(Latencies rest, Latencies driver, Latencies bfs, int[] floorHops, int[] bestHops,
                  int restErrors, int disagreements, double loadBefore, double loadAfter) {
    }

    private PathwayLatency() {
    }

    static String path(PairPicker.Pair p) {
        return "api/pathways?from=" + URLEncoder.encode(p.from(), StandardCharsets.UTF_8) + "&to="
                + URLEncoder.encode(p.to(), StandardCharsets.UTF_8) + "&maxHops=" + MAX_HOPS + "&limit=" + K;
    }

    static List<Pathway> viaDriver(Graph graph, PairPicker.Pair p) {
        TrustGraphSnapshot near = graph.read(tx -> Neo4jPathwayRepository.explore(tx, Set.of(p.from()),
                Set.of(p.to()), MAX_HOPS, TieFilter.ALL, Viewer.PUBLIC));
        return new KBestPathways(near, TieFilter.ALL).find(p.from(), Set.of(p.to()), MAX_HOPS, K, null, null);
    }

    static int floor(TrustGraphSnapshot whole, PairPicker.Pair p) {
        int from = whole.indexOf(p.from());
        int to = whole.indexOf(p.to());
        return from < 0 || to < 0 ? -1 : whole.shortestHops(from, Set.of(to), MAX_HOPS, TieFilter.ALL);
    }

    static Result run(Loopback http, Graph graph, TrustGraphSnapshot whole, List<PairPicker.Pair> pairs, int warmUp) {
        for (int i = 0; i < Math.min(warmUp, pairs.size()); i++) {
            http.status(http.getFresh(path(pairs.get(i))));
            viaDriver(graph, pairs.get(i));
            floor(whole, pairs.get(i));
        }
        int n = pairs.size();
        long[] rest = new long[n];
        long[] driver = new long[n];
        long[] bfs = new long[n];
        int[] floorHops = new int[n];
        int[] bestHops = new int[n];
        int errors = 0;
        int disagreements = 0;
        double before = LoadAverage.now();
        for (int i = 0; i < n; i++) {
            PairPicker.Pair p = pairs.get(i);
            long t0 = System.nanoTime();
            int status = http.status(http.getFresh(path(p)));
            long t1 = System.nanoTime();
            List<Pathway> found = viaDriver(graph, p);
            long t2 = System.nanoTime();
            floorHops[i] = floor(whole, p);
            long t3 = System.nanoTime();
            rest[i] = t1 - t0;
            driver[i] = t2 - t1;
            bfs[i] = t3 - t2;
            errors += status == 200 ? 0 : 1;
            bestHops[i] = found.stream().mapToInt(Pathway::hopCount).min().orElse(-1);
            // Both find a pathway or neither; the ranked best may be longer than the floor (hub costs).
            if ((bestHops[i] < 0) != (floorHops[i] < 0) || bestHops[i] >= 0 && bestHops[i] < floorHops[i]) {
                disagreements++;
            }
        }
        return new Result(Latencies.of(rest, n), Latencies.of(driver, n), Latencies.of(bfs, n), floorHops, bestHops,
                errors, disagreements, before, LoadAverage.now());
    }
}
