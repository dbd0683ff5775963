package org.thirdsectoratlas.connectors.domain;

import java.util.Arrays;
import java.util.Random;

import org.thirdsectoratlas.trust.domain.TrustTopology;

/**
 * Brokers: how many shortest trust pathways between two other organisations pass through each organisation
 * (Brandes' algorithm over {@link TrustTopology}, whose org-to-org hops all have length 2, with a bucket queue
 * since lengths are 1 or 2). Exact up to {@link #EXACT_LIMIT} organisations; above it, from
 * {@link #SAMPLES} randomly chosen source organisations (fixed seed), scaled up: an estimate whose relative
 * error shrinks as 1/sqrt(SAMPLES) for the big brokers that matter.
 */
public final class Betweenness {

    public static final int EXACT_LIMIT = 2_000;
    public static final int SAMPLES = 256;

    private Betweenness() {
    }

    /** Betweenness of every organisation (pairs counted once), and whether it is exact. */
    public record Scores(double[] values, boolean exact, int sources) {
    }

    public static Scores compute(TrustTopology t) {
        int n = t.organisations();
        int[] sources;
        boolean exact = n <= EXACT_LIMIT;
        if (exact) {
            sources = new int[n];
            Arrays.setAll(sources, i -> i);
        } else {
            Random random = new Random(42);
            sources = random.ints(0, n).distinct().limit(SAMPLES).toArray();
        }
        double[] score = new double[t.nodes()];
        var state = new State(t.nodes());
        for (int s : sources) {
            accumulate(t, s, state, score);
        }
        double scale = exact ? 0.5 : 0.5 * n / sources.length;
        double[] orgs = new double[n];
        for (int v = 0; v < n; v++) {
            orgs[v] = score[v] * scale;
        }
        return new Scores(orgs, exact, sources.length);
    }

    private static final class State {
        final int[] dist;
        final double[] sigma;
        final double[] delta;
        final int[] stack;
        final boolean[] settled;
        final int[][] buckets = new int[3][];
        final int[] bucketSize = new int[3];

        State(int nodes) {
            dist = new int[nodes];
            sigma = new double[nodes];
            delta = new double[nodes];
            stack = new int[nodes];
            settled = new boolean[nodes];
            for (int i = 0; i < 3; i++) {
                buckets[i] = new int[16];
            }
        }
    }

    private static void accumulate(TrustTopology t, int s, State st, double[] score) {
        Arrays.fill(st.dist, -1);
        Arrays.fill(st.sigma, 0);
        Arrays.fill(st.delta, 0);
        Arrays.fill(st.settled, false);
        int settled = 0;
        st.dist[s] = 0;
        st.sigma[s] = 1;
        // Dial's algorithm with 3 rotating buckets (edge lengths 1 and 2)
        push(st, 0, s);
        int d = 0;
        int empty = 0;
        while (empty < 3) {
            int b = d % 3;
            if (st.bucketSize[b] == 0) {
                empty++;
                d++;
                continue;
            }
            empty = 0;
            int v = st.buckets[b][--st.bucketSize[b]];
            if (st.dist[v] != d || st.settled[v]) {
                continue;
            }
            st.settled[v] = true;
            st.stack[settled++] = v;
            for (int k = t.start()[v]; k < t.start()[v + 1]; k++) {
                int w = t.adjacency()[k];
                int nd = d + t.length()[k];
                if (st.dist[w] == -1 || nd < st.dist[w]) {
                    st.dist[w] = nd;
                    st.sigma[w] = 0;
                    push(st, nd % 3, w);
                }
                if (st.dist[w] == nd) {
                    st.sigma[w] += st.sigma[v];
                }
            }
        }
        for (int i = settled - 1; i >= 0; i--) {
            int w = st.stack[i];
            double own = (w < t.organisations() ? 1 : 0) + st.delta[w];
            for (int k = t.start()[w]; k < t.start()[w + 1]; k++) {
                int v = t.adjacency()[k];
                if (st.dist[v] >= 0 && st.dist[v] + t.length()[k] == st.dist[w]) {
                    st.delta[v] += st.sigma[v] / st.sigma[w] * own;
                }
            }
            if (w != s) {
                score[w] += st.delta[w];
            }
        }
    }

    private static void push(State st, int b, int v) {
        if (st.bucketSize[b] == st.buckets[b].length) {
            st.buckets[b] = Arrays.copyOf(st.buckets[b], st.bucketSize[b] * 2);
        }
        st.buckets[b][st.bucketSize[b]++] = v;
    }
}
