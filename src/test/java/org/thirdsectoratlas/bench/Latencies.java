package org.thirdsectoratlas.bench;

import java.util.Arrays;

/** Nanosecond samples and their nearest-rank percentiles, reported in milliseconds. */
record Latencies(long[] sortedNanos) {

    static Latencies of(long[] nanos, int count) {
        long[] copy = Arrays.copyOf(nanos, count);
        Arrays.sort(copy);
        return new Latencies(copy);
    }

    int count() {
        return sortedNanos.length;
    }

    double percentileMillis(double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    double p50() {
        return percentileMillis(50);
    }

    double p95() {
        return percentileMillis(95);
    }

    double p99() {
        return percentileMillis(99);
    }

    /** "p50 / p95 / p99" in ms, three significant places for sub-millisecond values. */
    String row() {
        return ms(p50()) + " | " + ms(p95()) + " | " + ms(p99());
    }

    static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "–";
        }
        return millis < 1 ? String.format("%.3f", millis) : millis < 100 ? String.format("%.1f", millis)
                : String.format("%.0f", millis);
    }
}
