package org.thirdsectoratlas.connectors.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.thirdsectoratlas.trust.domain.TrustTopology;

/**
 * Single points of failure: organisations whose removal leaves some other organisations with no trust path
 * to the rest (Tarjan's articulation points, iterative, O(V+E)). Removing one splits its component into
 * pieces; the largest piece is "the rest", every other piece that holds an organisation is cut off.
 */
public final class ArticulationPoints {

    /** One single point of failure: its node and the organisation nodes cut off without it. */
    public record Cut(int node, int[] cutOff) {
    }

    private ArticulationPoints() {
    }

    public static List<Cut> find(TrustTopology t) {
        int nodes = t.nodes();
        int[] disc = new int[nodes];
        int[] low = new int[nodes];
        int[] size = new int[nodes];       // nodes in the DFS subtree
        int[] parent = new int[nodes];
        int[] order = new int[nodes];      // nodes by discovery time
        int[] edge = new int[nodes];       // next adjacency position to look at
        Arrays.fill(disc, -1);
        int time = 0;
        List<Cut> cuts = new ArrayList<>();
        int[] stack = new int[nodes];
        for (int root = 0; root < t.organisations(); root++) {
            if (disc[root] != -1) {
                continue;
            }
            int compStart = time;
            int top = 0;
            stack[top++] = root;
            parent[root] = -1;
            disc[root] = low[root] = time;
            order[time++] = root;
            edge[root] = t.start()[root];
            while (top > 0) {
                int v = stack[top - 1];
                if (edge[v] < t.start()[v + 1]) {
                    int w = t.adjacency()[edge[v]++];
                    if (disc[w] == -1) {
                        parent[w] = v;
                        disc[w] = low[w] = time;
                        order[time++] = w;
                        edge[w] = t.start()[w];
                        stack[top++] = w;
                    } else if (w != parent[v]) {
                        low[v] = Math.min(low[v], disc[w]);
                    }
                } else {
                    top--;
                    size[v] = time - disc[v];
                    if (parent[v] >= 0) {
                        low[parent[v]] = Math.min(low[parent[v]], low[v]);
                    }
                }
            }
            // time - compStart nodes in this component, now in order[compStart .. time)
            for (int i = compStart; i < time; i++) {
                int v = order[i];
                if (v < t.organisations()) {
                    Cut cut = cutOf(t, v, compStart, time, disc, low, size, parent, order);
                    if (cut != null) {
                        cuts.add(cut);
                    }
                }
            }
        }
        return cuts;
    }

    /** The pieces removing {@code v} leaves; null when it leaves none (or none with an organisation) cut off. */
    private static Cut cutOf(TrustTopology t, int v, int compStart, int compEnd, int[] disc, int[] low, int[] size,
                             int[] parent, int[] order) {
        List<int[]> pieces = new ArrayList<>(); // disc ranges [from, to) of separated child subtrees
        for (int k = t.start()[v]; k < t.start()[v + 1]; k++) {
            int c = t.adjacency()[k];
            if (parent[c] == v && disc[c] > disc[v] && (parent[v] == -1 || low[c] >= disc[v])
                    && pieces.stream().noneMatch(p -> p[0] == disc[c])) {
                pieces.add(new int[] {disc[c], disc[c] + size[c]});
            }
        }
        boolean root = parent[v] == -1;
        if (pieces.isEmpty() || (root && pieces.size() < 2)) {
            return null;
        }
        List<int[]> orgPieces = new ArrayList<>();
        for (int[] p : pieces) {
            orgPieces.add(organisations(t, order, p[0], p[1], null, -1));
        }
        if (!root) {
            orgPieces.add(organisations(t, order, compStart, compEnd, pieces, v));
        }
        int largest = 0;
        for (int i = 1; i < orgPieces.size(); i++) {
            if (orgPieces.get(i).length > orgPieces.get(largest).length) {
                largest = i;
            }
        }
        int total = 0;
        for (int i = 0; i < orgPieces.size(); i++) {
            total += i == largest ? 0 : orgPieces.get(i).length;
        }
        if (total == 0) {
            return null;
        }
        int[] cutOff = new int[total];
        int at = 0;
        for (int i = 0; i < orgPieces.size(); i++) {
            if (i != largest) {
                System.arraycopy(orgPieces.get(i), 0, cutOff, at, orgPieces.get(i).length);
                at += orgPieces.get(i).length;
            }
        }
        Arrays.sort(cutOff);
        return new Cut(v, cutOff);
    }

    /** Organisation nodes with discovery time in [from, to), skipping the excluded ranges and node. */
    private static int[] organisations(TrustTopology t, int[] order, int from, int to, List<int[]> excluded,
                                       int skip) {
        int[] out = new int[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            int u = order[i];
            if (u >= t.organisations() || u == skip || inAny(excluded, i)) {
                continue;
            }
            out[n++] = u;
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean inAny(List<int[]> ranges, int i) {
        if (ranges == null) {
            return false;
        }
        for (int[] r : ranges) {
            if (i >= r[0] && i < r[1]) {
                return true;
            }
        }
        return false;
    }
}
