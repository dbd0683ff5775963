package org.thirdsectoratlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local Liberty server the benchmark measures: restart it and time start-to-ready, read its heap from the
 * liveness check, read recompute times from its log. Only the named server under the given wlp is touched.
 */
final class ServerControl {

    static final String TRANSACTION_TIMEOUT_ENV = "ATLAS_NEO4J_EMBEDDED_TRANSACTION_TIMEOUT_SECONDS";
    private static final Pattern HEAP = Pattern.compile("\"heapUsedMiB\":(\\d+)");
    private static final long READY_TIMEOUT_NANOS = 900_000_000_000L;

    private final Loopback http;
    private final Path wlp;
    private final String server;

    ServerControl(Loopback http, Path wlp, String server) {
        this.http = http;
        this.wlp = wlp;
        this.server = server;
    }

    boolean ready() {
        String body = http.bodyOrNull("health/ready");
        return body != null && body.startsWith("{\"status\":\"UP\"");
    }

    /** Stops and starts the server; milliseconds from the start command to /health/ready UP. */
    long restart() throws IOException, InterruptedException {
        run("stop");
        long started = System.nanoTime();
        run("start");
        while (!ready()) {
            if (System.nanoTime() - started > READY_TIMEOUT_NANOS) {
                throw new IllegalStateException("server not ready after 15 minutes");
            }
            Thread.sleep(200);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private void run(String action) throws IOException, InterruptedException {
        Path log = Path.of("target", "bench", "server-" + action + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, server)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // A server-side limit on every graph transaction, as long as the client waits: work a client gave up on
        // stops there (background insight computations take their own, longer limit: Graph.readLong).
        builder.environment().put(TRANSACTION_TIMEOUT_ENV, Long.toString(Loopback.TIMEOUT.toSeconds()));
        // The collector's pauses, for the grid's GC column (GcLog). One file per process (%p), never rotated: the
        // script starts short-lived JVMs too, whose start would otherwise rotate the server's log away.
        Path logs = wlp.resolve("usr/servers").resolve(server).resolve("logs").toAbsolutePath();
        Files.createDirectories(logs);
        builder.environment().put("JVM_ARGS", "-Xlog:gc:file=" + logs.resolve("gc-%p.log")
                + ":time,uptime:filecount=0");
        // The server runs on the benchmark's own JDK (25), whatever java is first on the PATH.
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = builder.start();
        if (p.waitFor() != 0 && action.equals("start")) {
            throw new IllegalStateException("server start failed, see " + log);
        }
    }

    /** The least heap in use over a few reads a second apart (after the collector has had a chance to run). */
    long heapUsedMiB(int reads) throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < reads; i++) {
            String live = http.bodyOrNull("health/live"); // 503 (DOWN) when the heap is nearly full: still a figure
            Matcher m = HEAP.matcher(live == null ? "" : live);
            if (m.find()) {
                least = Math.min(least, Long.parseLong(m.group(1)));
            }
            Thread.sleep(1000);
        }
        return least;
    }

    /** The collector's log of the server as the benchmark restarted it (JVM_ARGS in {@link #run}). */
    GcLog gcLog() {
        return new GcLog(wlp.resolve("usr/servers").resolve(server).resolve("logs"));
    }

    List<String> logLines(String containing) throws IOException {
        Path log = wlp.resolve("usr/servers").resolve(server).resolve("logs/messages.log");
        return Files.readAllLines(log).stream().filter(l -> l.contains(containing)).toList();
    }
}
