package org.thirdsectoratlas.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;

/** Everything measured for one size in one run, rendered as that size's section of docs/performance.md. */
final class SizeResult {

    private final String size;
    private final Instant started;
    private final StringBuilder md = new StringBuilder();
    private final List<String> notes = new ArrayList<>();
    private final List<LoadGrid.Cell> cells = new ArrayList<>();
    private final StringBuilder served = new StringBuilder();
    private PathwayLatency.Result pathways;
    private String headline = "";

    SizeResult(String size, Instant started) {
        this.size = size;
        this.started = started;
        md.append("### Size ").append(size).append("\n\nRun started ").append(started).append(String.format(
                " (load average %.1f).%n%n", LoadAverage.now()));
    }

    /** A line in the size's list, where it is now (after the load line). */
    void line(String line) {
        md.append("- ").append(line).append('\n');
    }

    void note(String line) {
        notes.add(line);
    }

    void load(String report) {
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        md.append("- **Load**: ").append(report).append('\n');
    }

    void startToReady(long millis, double loadAverage) {
        md.append(String.format("- **Start to ready** (`server start` until `/health/ready` is UP, this size "
                + "loaded): **%.1f s** (load average %.1f)%n", millis / 1000.0, loadAverage));
        headline += String.format("start-to-ready %.1f s; ", millis / 1000.0);
    }

    void insights(List<String> logLines, long firstSnapshots, long firstConnectors, long connectorsCompute) {
        md.append(String.format("- **Insights after start**: first summary + lead-exposure answers after %d ms "
                + "(they wait for the first computation); first connectors answer after %d ms; connectors "
                + "`computeMillis` = **%d ms**%n", firstSnapshots, firstConnectors, connectorsCompute));
        md.append("- Insight recomputations and the in-memory trust graph loads in the server log:\n");
        logLines.stream().map(l -> l.replaceAll("^.*?\\] [0-9a-f]+ \\S+ +\\w ", ""))
                .forEach(l -> md.append("  - `").append(l.trim()).append("`\n"));
    }

    void heap(long usedMiB, String live, long afterLastPauseMiB) {
        md.append(String.format("- **Server heap** after load and insights (least of 5 reads of "
                + "`/health/live`, 1 s apart): **%d MiB** used; last read `%s`; in use after the last collector "
                + "pause before the reads (GC log): **%d MiB**%n", usedMiB, live.trim(), afterLastPauseMiB));
        headline += "heap " + usedMiB + " MiB (" + afterLastPauseMiB + " after the last GC); ";
    }

    void snapshot(TrustGraphSnapshot g, long millis) {
        md.append(String.format("- Whole trust graph for the BFS floor: %,d organisations, %,d groups, %,d direct "
                + "ties, %,d memberships, read over Bolt in %,d ms%n", g.organisationCount(), g.groupCount(),
                g.tieCount(), g.membershipCount(), millis));
    }

    void searchWords(String words) {
        md.append("- Search words (first five): ").append(words).append("\n");
    }

    void pathways(List<PairPicker.Pair> pairs, PathwayLatency.Result r) {
        this.pathways = r;
        Map<Integer, Integer> floor = new TreeMap<>();
        for (int h : r.floorHops()) {
            floor.merge(h, 1, Integer::sum);
        }
        long near = pairs.stream().filter(PairPicker.Pair::near).count();
        md.append(String.format("%n#### Pathways (k = %d, maxHops = %d), %d seeded pairs (%d near, %d far), "
                        + "sequential, interleaved%n%n", PathwayLatency.K, PathwayLatency.MAX_HOPS, pairs.size(), near,
                pairs.size() - near));
        md.append("| path | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|\n");
        md.append("| REST `GET /api/pathways` (no-cache: searched) | ").append(r.rest().row()).append(" |\n");
        md.append("| driver: Neo4j's own `SHORTEST 3` over the trust relationships | ").append(r.driver().row())
                .append(" |\n");
        md.append("| in-memory breadth-first search (floor, hop count only) | ").append(r.bfs().row()).append(" |\n\n");
        md.append(String.format("Ratios (p50): REST/SHORTEST **%.2f**, REST/BFS **%.0f**; (p99): REST/SHORTEST %.2f, "
                        + "REST/BFS %.0f. Load average %.1f before, %.1f after.%n", ratio(r.rest().p50(),
                        r.driver().p50()), ratio(r.rest().p50(), r.bfs().p50()), ratio(r.rest().p99(), r.driver().p99()),
                ratio(r.rest().p99(), r.bfs().p99()), r.loadBefore(), r.loadAfter()));
        md.append("Fewest hops (BFS floor; -1 = none within 6): ").append(floor).append(String.format(
                ". REST errors: %d. Pairs where SHORTEST's fewest hops exceed the floor's (it should never): %d.%n", r.restErrors(),
                r.disagreements()));
        headline += String.format("pathways p50/p99 REST %s/%s, SHORTEST %s/%s, BFS %s/%s ms; ",
                Latencies.ms(r.rest().p50()), Latencies.ms(r.rest().p99()), Latencies.ms(r.driver().p50()),
                Latencies.ms(r.driver().p99()), Latencies.ms(r.bfs().p50()), Latencies.ms(r.bfs().p99()));
    }

    void cell(LoadGrid.Cell c, GcLog.Summary pauses) {
        if (cells.isEmpty()) {
            md.append("\n#### Throughput (closed loop, virtual-thread clients, loopback)\n\n")
                    .append("Server GC: the server's stop-the-world pauses during the cell's measured seconds "
                            + "(count / total ms / longest ms, from its GC log); client GC: the load driver's own "
                            + "collector pauses in the same seconds (ms), which stall its clients too.\n\n")
                    .append("| endpoint | clients | requests | errors | req/s | p50 ms | p95 ms | p99 ms | load avg | drained before (ms) | server GC | client GC ms |\n")
                    .append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        }
        cells.add(c);
        md.append(String.format("| %s | %d | %,d | %d | %,.0f | %s | %.1f | %,d | %s | %d |%n", c.endpoint(),
                c.clients(), c.requests(), c.errors(), c.perSecond(), c.latencies().row(), c.loadAverage(),
                c.drainedMillis(), pauses.row(), c.clientGcMillis()));
        if (c.endpoint().equals("organisation lookup") && c.clients() == 32) {
            headline += String.format("lookup %,.0f req/s at 32; ", c.perSecond());
        }
    }

    void served(String path, Latencies l, int bytes) {
        served.append(String.format("| `%s` | %,d | %s |%n", path, bytes, l.row()));
    }

    void profile(PairPicker.Pair pair, PlanProfile.Profile shortest) {
        md.append("\n#### Served insight snapshots (30 sequential calls each)\n\n| endpoint | bytes | p50 ms | p95 ms | "
                + "p99 ms |\n|---|---|---|---|---|\n").append(served);
        md.append(String.format("%n#### PROFILE of Neo4j's `SHORTEST 3` (pair %s → %s)%n%n", pair.from(), pair.to()));
        for (PlanProfile.Profile p : List.of(shortest)) {
            md.append(String.format("Ends: %d organisation(s): %,d rows, %,d db hits in total, %d ms "
                    + "(profiled). Top operators by db hits:%n%n", p.frontier(), p.rows(), p.dbHits(), p.millis()));
            md.append("| operator | details | rows | db hits | page cache hits |\n|---|---|---|---|---|\n");
            p.top().forEach(o -> md.append(String.format("| %s | `%s` | %,d | %,d | %,d |%n", o.name(),
                    o.details().length() > 90 ? o.details().substring(0, 90) + "…" : o.details(), o.rows(), o.dbHits(),
                    o.pageCacheHits())));
            md.append('\n');
        }
    }

    private static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }

    String markdown() {
        return md.toString();
    }

    String headline() {
        return size + ": " + headline;
    }
}
