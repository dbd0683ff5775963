package org.thirdsectoratlas.connectors.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.connectors.domain.Connectors;
import org.thirdsectoratlas.platform.graph.GraphBootstrap;
import org.thirdsectoratlas.testing.TestGraph;
import org.thirdsectoratlas.trust.TrustFixture;
import org.thirdsectoratlas.trust.application.TrustGraphHolder;
import org.thirdsectoratlas.trust.infrastructure.graph.Neo4jTrustGraphRepository;

/**
 * The connectors are analysed over the graphs the trust graph holder loads (no second read of the whole graph),
 * a late analysis of an older graph never replaces a newer answer, and a request before any load reads the
 * graph itself. On a real graph: b alone links a and c, so b is a single point of failure until a and c
 * collaborate too.
 */
class ConnectorsInsightTest {

    @AfterAll
    static void restoreLeeds() {
        TrustFixture.restoreLeeds();
    }

    private static List<String> singlePointsOfFailure(Connectors connectors) {
        return connectors.singlePointsOfFailure().stream().map(Connectors.SinglePointOfFailure::id).toList();
    }

    private static TrustGraphHolder holder(Neo4jTrustGraphRepository repository) {
        return new TrustGraphHolder(repository, new GraphBootstrap(null), TestGraph.changes(), 300);
    }

    @Test
    void eachLoadedGraphIsAnalysedAndAnOlderOneNeverReplacesANewerAnswer() {
        TrustFixture fixture = TrustFixture.empty().orgs("a", "b", "c").collab("a", "b").collab("b", "c");
        var repository = new Neo4jTrustGraphRepository(fixture.graph());
        TrustGraphHolder holder = holder(repository);
        var insight = new ConnectorsInsight(holder, repository);

        TrustGraphHolder.Loaded chain = holder.rebuild();
        insight.onLoaded(chain);
        assertEquals(List.of("b"), singlePointsOfFailure(insight.current()));

        fixture.collab("a", "c");
        insight.onLoaded(holder.rebuild());
        assertEquals(List.of(), singlePointsOfFailure(insight.current()), "a triangle has no single point");

        insight.onLoaded(chain);
        assertEquals(List.of(), singlePointsOfFailure(insight.current()),
                "the older graph's analysis, finishing late, is not served");
    }

    /** Counts whole-graph reads. */
    private static final class CountingRepository extends Neo4jTrustGraphRepository {
        int loads;

        CountingRepository(TrustFixture fixture) {
            super(fixture.graph());
        }

        @Override
        public Facts loadFacts() {
            loads++;
            return super.loadFacts();
        }
    }

    @Test
    void aRequestBeforeAnyLoadReadsTheGraphItselfAndLaterOnesUseTheHeldGraph() {
        TrustFixture fixture = TrustFixture.empty().orgs("a", "b", "c").collab("a", "b").collab("b", "c");
        var repository = new CountingRepository(fixture);
        TrustGraphHolder holder = holder(repository);
        var insight = new ConnectorsInsight(holder, repository);

        Connectors first = insight.current();
        assertEquals(List.of("b"), singlePointsOfFailure(first));
        assertEquals(1, repository.loads, "nothing held yet: read once");
        assertSame(first, insight.current(), "served, not recomputed");

        fixture.collab("a", "c");
        holder.rebuild();
        assertEquals(List.of(), singlePointsOfFailure(insight.refresh()), "over the graph as it is now");
        assertEquals(2, repository.loads, "the holder's load only: the analysis took the held graph");
    }
}
