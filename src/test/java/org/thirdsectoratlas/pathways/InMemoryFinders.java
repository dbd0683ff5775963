package org.thirdsectoratlas.pathways;

import org.thirdsectoratlas.pathways.application.PathwayFinder;
import org.thirdsectoratlas.pathways.infrastructure.graph.Neo4jPathwayRepository;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.platform.graph.GraphBootstrap;
import org.thirdsectoratlas.testing.TestGraph;
import org.thirdsectoratlas.trust.application.TrustGraphHolder;
import org.thirdsectoratlas.trust.domain.HubPolicy;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;
import org.thirdsectoratlas.trust.infrastructure.graph.Neo4jTrustGraphRepository;

/** Pathway finders over a test graph, searching the held trust graph exactly as the server does. */
public final class InMemoryFinders {

    private InMemoryFinders() {
    }

    /**
     * A holder that loads the whole graph again before every search: tests build graphs with Cypher between
     * searches, firing no change event (the server's holder is tested for currency in TrustGraphHolderTest).
     */
    public static TrustGraphHolder alwaysReloading(Graph graph) {
        return new TrustGraphHolder(new Neo4jTrustGraphRepository(graph), new GraphBootstrap(null),
                TestGraph.changes(), 300) {
            @Override
            public TrustGraphSnapshot graph() {
                return rebuild().graph();
            }
        };
    }

    /**
     * A finder over the graph as it is now, loaded once and held like the server holds it (loaded again only when
     * the holder sees the graph change): for tests that build a graph and then ask many questions.
     */
    public static PathwayFinder loadedOnce(Graph graph, HubPolicy hubs) {
        var holder = new TrustGraphHolder(new Neo4jTrustGraphRepository(graph), new GraphBootstrap(null),
                TestGraph.changes(), 300);
        holder.rebuild();
        return new PathwayFinder(new Neo4jPathwayRepository(graph), holder, hubs);
    }

    public static PathwayFinder finder(Graph graph) {
        return new PathwayFinder(new Neo4jPathwayRepository(graph), alwaysReloading(graph));
    }

    public static PathwayFinder finder(Graph graph, HubPolicy hubs) {
        return new PathwayFinder(new Neo4jPathwayRepository(graph), alwaysReloading(graph), hubs);
    }
}
