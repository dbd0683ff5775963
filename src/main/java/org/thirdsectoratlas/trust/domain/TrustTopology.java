package org.thirdsectoratlas.trust.domain;

/**
 * The trust graph as a plain undirected graph for whole-graph algorithms: nodes 0..organisations-1 are
 * organisations, the rest are groups (network, consortium, resource); a direct tie is an org-org edge of
 * length 2, a membership an org-group edge of length 1, so every org-to-org hop has length 2 and a group is
 * never expanded into its member pairs. Adjacency in compressed rows: neighbours of v are
 * {@code adjacency[start[v] .. start[v+1])}.
 */
public record TrustTopology(int organisations, int nodes, int[] start, int[] adjacency, byte[] length) {

    static TrustTopology of(TrustGraphSnapshot g, TieFilter filter) {
        int n = g.organisationCount();
        int nodes = n + g.groupCount();
        int[] degree = new int[nodes];
        for (int v = 0; v < n; v++) {
            for (int k = g.tieStart(v); k < g.tieEnd(v); k++) {
                if (g.tieAllowed(g.tieAt(k), filter) && g.tieOther(g.tieAt(k), v) != v) {
                    degree[v]++;
                }
            }
            for (int k = g.memStart(v); k < g.memEnd(v); k++) {
                if (g.memAllowed(g.memAt(k), filter)) {
                    degree[v]++;
                    degree[n + g.memGroupOf(g.memAt(k))]++;
                }
            }
        }
        int[] start = new int[nodes + 1];
        for (int v = 0; v < nodes; v++) {
            start[v + 1] = start[v] + degree[v];
        }
        int[] adjacency = new int[start[nodes]];
        byte[] length = new byte[start[nodes]];
        int[] next = java.util.Arrays.copyOf(start, nodes);
        for (int v = 0; v < n; v++) {
            for (int k = g.tieStart(v); k < g.tieEnd(v); k++) {
                int other = g.tieOther(g.tieAt(k), v);
                if (g.tieAllowed(g.tieAt(k), filter) && other != v) {
                    adjacency[next[v]] = other;
                    length[next[v]++] = 2;
                }
            }
            for (int k = g.memStart(v); k < g.memEnd(v); k++) {
                int m = g.memAt(k);
                if (g.memAllowed(m, filter)) {
                    int group = n + g.memGroupOf(m);
                    adjacency[next[v]] = group;
                    length[next[v]++] = 1;
                    adjacency[next[group]] = v;
                    length[next[group]++] = 1;
                }
            }
        }
        return new TrustTopology(n, nodes, start, adjacency, length);
    }
}
