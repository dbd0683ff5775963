package org.thirdsectoratlas.trust.domain;

/**
 * The trust graph as anyone sees it, as a plain undirected graph for whole-graph algorithms: nodes
 * 0..organisations-1 are organisations, the rest are groups (network, consortium, resource); a direct tie is an
 * org-org edge of length 2, a membership an org-group edge of length 1, so every org-to-org hop has length 2 and a
 * group is never expanded into its member pairs. Only PUBLIC facts count (the connectors are a public insight).
 * Adjacency in compressed rows: neighbours of v are {@code adjacency[start[v] .. start[v+1])}.
 */
public record TrustTopology(int organisations, int nodes, int[] start, int[] adjacency, byte[] length) {

    static TrustTopology of(TrustGraphSnapshot g, TieFilter filter) {
        TrustView view = new TrustView(g, filter, g.publicSight());
        int n = g.organisationCount();
        int nodes = n + g.groupCount();
        int[] degree = new int[nodes];
        for (int v = 0; v < n; v++) {
            int from = v;
            view.tieNeighbours(v, other -> degree[from]++);
            view.groups(v, (group, weakness) -> {
                degree[from]++;
                degree[n + group]++;
            });
        }
        int[] start = new int[nodes + 1];
        for (int v = 0; v < nodes; v++) {
            start[v + 1] = start[v] + degree[v];
        }
        int[] adjacency = new int[start[nodes]];
        byte[] length = new byte[start[nodes]];
        int[] next = java.util.Arrays.copyOf(start, nodes);
        for (int v = 0; v < n; v++) {
            int from = v;
            view.tieNeighbours(v, other -> {
                adjacency[next[from]] = other;
                length[next[from]++] = 2;
            });
            view.groups(v, (g2, weakness) -> {
                int group = n + g2;
                adjacency[next[from]] = group;
                length[next[from]++] = 1;
                adjacency[next[group]] = from;
                length[next[group]++] = 1;
            });
        }
        return new TrustTopology(n, nodes, start, adjacency, length);
    }
}
