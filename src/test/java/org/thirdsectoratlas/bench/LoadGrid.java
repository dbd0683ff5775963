package org.thirdsectoratlas.bench;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Closed-loop load: N virtual-thread clients, each sending its next request as soon as the last answered,
 * for a bounded time and a bounded number of requests. Before each cell the server is drained of what the
 * previous one left running ({@link Drain}), then a short unrecorded warm-up runs.
 */
final class LoadGrid {

    /** One endpoint at one concurrency. */
    record Cell(String endpoint, int clients, long requests, long errors, double seconds, Latencies latencies,
                double loadAverage, long drainedMillis, Instant startedAt, Instant endedAt, long clientGcMillis) {

        double perSecond() {
            return requests / seconds;
        }
    }

    private static final int MAX_REQUESTS_PER_CLIENT = 200_000;

    private final Loopback http;
    private final Duration duration;
    private final Duration warmUp;
    private final Drain drain;

    LoadGrid(Loopback http, Duration duration, Duration warmUp, Drain drain) {
        this.http = http;
        this.duration = duration;
        this.warmUp = warmUp;
        this.drain = drain;
    }

    /** Drains what the previous cell left running, warms up, then measures. */
    Cell run(String endpoint, int clients, IntFunction<HttpRequest> requests) throws InterruptedException {
        long drained = drain.await();
        drive(clients, warmUp, requests, null);
        List<long[]> samples = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        Instant startedAt = Instant.now();
        long clientGcBefore = ownGcPauseMillis();
        long started = System.nanoTime();
        int[] counts = drive(clients, duration, requests, new Sink(samples, errors));
        double seconds = (System.nanoTime() - started) / 1e9;
        Instant endedAt = Instant.now();
        long clientGc = ownGcPauseMillis() - clientGcBefore;
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        long[] all = new long[total];
        int at = 0;
        for (int k = 0; k < clients; k++) {
            System.arraycopy(samples.get(k), 0, all, at, counts[k]);
            at += counts[k];
        }
        return new Cell(endpoint, clients, total, errors.get(), seconds, Latencies.of(all, total), LoadAverage.now(),
                drained, startedAt, endedAt, clientGc);
    }

    /**
     * This (client) JVM's collector time so far: its pauses stall the clients too, so a cell says how much of its
     * tail was the load driver's own collector. Concurrent cycles run beside the clients and are left out.
     */
    private static long ownGcPauseMillis() {
        long total = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!gc.getName().contains("Concurrent")) {
                total += Math.max(0, gc.getCollectionTime());
            }
        }
        return total;
    }

    private record Sink(List<long[]> samples, AtomicLong errors) {
    }

    private int[] drive(int clients, Duration length, IntFunction<HttpRequest> requests, Sink sink)
            throws InterruptedException {
        int[] counts = new int[clients];
        long end = System.nanoTime() + length.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int k = 0; k < clients; k++) {
            long[] mine = new long[sink == null ? 0 : 1024];
            if (sink != null) {
                sink.samples().add(mine);
            }
            int client = k;
            threads.add(Thread.ofVirtual().start(() -> {
                long[] lat = mine;
                int n = 0;
                for (int i = client; n < MAX_REQUESTS_PER_CLIENT && System.nanoTime() < end; i += clients) {
                    long t0 = System.nanoTime();
                    int status = http.status(requests.apply(i));
                    long t1 = System.nanoTime();
                    if (sink == null) {
                        continue;
                    }
                    if (status < 200 || status >= 300) {
                        sink.errors().incrementAndGet();
                    }
                    if (n == lat.length) {
                        lat = java.util.Arrays.copyOf(lat, n * 2);
                        sink.samples().set(client, lat);
                    }
                    lat[n++] = t1 - t0;
                }
                counts[client] = n;
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return counts;
    }
}
