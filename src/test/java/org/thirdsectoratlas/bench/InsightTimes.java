package org.thirdsectoratlas.bench;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The precomputed insights after a (re)start: recompute times from the server log (InsightSnapshots) and
 * the connectors answer (computeMillis), then sequential latency of the served snapshots.
 */
final class InsightTimes {

    private static final Pattern COMPUTE_MILLIS = Pattern.compile("\"computeMillis\":(\\d+)");
    private static final int CALLS = 30;
    private static final java.time.Duration FIRST = java.time.Duration.ofMinutes(10);

    private InsightTimes() {
    }

    static void measure(Loopback http, ServerControl server, SizeResult result) throws IOException {
        // The first calls wait for (or trigger) the first computation after start.
        long t0 = System.nanoTime();
        http.bodyPatiently("api/insights/summary", FIRST);
        http.bodyPatiently("api/insights/lead-exposure", FIRST);
        long firstSnapshots = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        Matcher m = COMPUTE_MILLIS.matcher(http.bodyPatiently("api/insights/connectors", FIRST));
        long firstConnectors = (System.nanoTime() - t0) / 1_000_000;
        long connectorsCompute = m.find() ? Long.parseLong(m.group(1)) : -1;
        var lines = new java.util.ArrayList<>(server.logLines("recomputed in"));
        lines.addAll(server.logLines("Coverage: facts read"));
        lines.addAll(server.logLines("Trust graph loaded"));
        result.insights(lines, firstSnapshots, firstConnectors, connectorsCompute);
        for (String path : new String[] {"api/insights/summary", "api/insights/connectors",
                "api/insights/lead-exposure"}) {
            long[] nanos = new long[CALLS];
            int bytes = 0;
            for (int i = 0; i < CALLS; i++) {
                long s = System.nanoTime();
                bytes = http.body(path).length();
                nanos[i] = System.nanoTime() - s;
            }
            result.served(path, Latencies.of(nanos, CALLS), bytes);
        }
    }
}
