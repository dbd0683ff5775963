package org.thirdsectoratlas.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.trust.domain.BreadthFirst;
import org.thirdsectoratlas.trust.domain.Sight;
import org.thirdsectoratlas.trust.domain.TieFilter;
import org.thirdsectoratlas.trust.domain.TrustView;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * The same pathway question (k = 3, maxHops = 6) three ways, interleaved pair by pair so that all three see
 * the same machine load: the REST API, Neo4j's own SHORTEST 3 through the driver (what a Neo4j user would write),
 * and the in-memory breadth-first search over the held trust graph (the floor: fewest hops only). REST
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

    /**
     * What a Neo4j user would write instead: Neo4j's own shortest-path operator over the same trust relationships
     * (2 × maxHops relationships, since a hop through a group is two), k paths. It knows nothing of statuses, hub
     * limits, privacy or ranking: a poorer question, asked of the same pairs under the same load.
     */
    static final String SHORTEST = """
            MATCH p = SHORTEST 3 (a:Organisation {id: $from})
                  -[:COLLABORATES_WITH|MEMBER_OF|PARTNER_IN|SHARES|SUPPORTED_BY]-{1,12}(b:Organisation {id: $to})
            RETURN size([n IN nodes(p) WHERE n:Organisation]) - 1 AS hops
            """;

    /** The fewest organisation-to-organisation hops among Neo4j's SHORTEST 3 paths, or -1. */
    static int viaDriver(Graph graph, PairPicker.Pair p) {
        return graph.read(tx -> tx.run(SHORTEST, Map.of("from", p.from(), "to", p.to())).list(r -> r.get("hops")
                .asInt()).stream().mapToInt(Integer::intValue).min().orElse(-1));
    }

    static int floor(TrustGraphSnapshot whole, PairPicker.Pair p) {
        int from = whole.indexOf(p.from());
        int to = whole.indexOf(p.to());
        return from < 0 || to < 0 ? -1 : BreadthFirst.fewestHops(new TrustView(whole, TieFilter.ALL,
                Sight.of(whole, Viewer.PUBLIC)), from, to, MAX_HOPS);
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
            int shortest = viaDriver(graph, p);
            long t2 = System.nanoTime();
            floorHops[i] = floor(whole, p);
            long t3 = System.nanoTime();
            rest[i] = t1 - t0;
            driver[i] = t2 - t1;
            bfs[i] = t3 - t2;
            errors += status == 200 ? 0 : 1;
            bestHops[i] = shortest;
            // SHORTEST ignores statuses and hub limits, so it may find a pathway the floor may not, never fewer hops
            // where both find one... except through a group past the hard limit, which it crosses freely.
            if (shortest >= 0 && floorHops[i] >= 0 && shortest > floorHops[i]) {
                disagreements++;
            }
        }
        return new Result(Latencies.of(rest, n), Latencies.of(driver, n), Latencies.of(bfs, n), floorHops, bestHops,
                errors, disagreements, before, LoadAverage.now());
    }
}
