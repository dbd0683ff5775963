package org.thirdsectoratlas.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.platform.graph.GraphBootstrap;
import org.thirdsectoratlas.platform.graph.GraphChanges;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;
import org.thirdsectoratlas.trust.application.TrustGraphHolder;
import org.thirdsectoratlas.trust.domain.TrustGraphChanged;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;
import org.thirdsectoratlas.trust.infrastructure.graph.Neo4jTrustGraphRepository;

/**
 * The in-memory trust graph is handed out only while it is current and only to callers who see PUBLIC facts:
 * a change event or a write that fires none (a different count of organisations or trust relationships) sends
 * callers to the database until a rebuild swaps in a new snapshot.
 */
class TrustGraphHolderTest {

    @AfterAll
    static void restoreLeeds() {
        TrustFixture.restoreLeeds();
    }

    @Test
    void aSnapshotIsServedOnlyWhileCurrentAndOnlyToPublicCallers() {
        TrustFixture fixture = TrustFixture.empty().orgs("a", "b", "c").collab("a", "b");
        var holder = new TrustGraphHolder(new Neo4jTrustGraphRepository(fixture.graph()), new GraphBootstrap(null),
                TestGraph.changes(), 300);
        assertTrue(holder.current(Viewer.PUBLIC).isEmpty(), "nothing before the first load");

        TrustGraphSnapshot first = holder.rebuild().graph();
        assertEquals(first, holder.current(Viewer.PUBLIC).orElseThrow());
        assertEquals(2, first.organisationCount(), "c has no tie yet");
        assertTrue(holder.current(new Viewer(Set.of("a"), false)).isEmpty(), "members may see private ties");
        assertTrue(holder.current(new Viewer(Set.of(), true)).isEmpty(), "moderators see everything");

        fixture.collab("b", "c");
        assertTrue(holder.current(Viewer.PUBLIC).isEmpty(), "a write without an event is noticed by its counts");
        TrustGraphSnapshot second = holder.rebuild().graph();
        assertNotSame(first, second);
        assertEquals(3, holder.current(Viewer.PUBLIC).orElseThrow().organisationCount());

        holder.onChange(new TrustGraphChanged("tie withdrawn"));
        assertFalse(holder.current(Viewer.PUBLIC).isPresent(), "stale from the event until the rebuild lands");
        holder.rebuild();
        assertTrue(holder.current(Viewer.PUBLIC).isPresent());
    }

    /** A repository that counts how often the database's counts are read. */
    private static final class CountingRepository extends Neo4jTrustGraphRepository {
        final AtomicInteger fingerprints = new AtomicInteger();

        CountingRepository(TrustFixture fixture) {
            super(fixture.graph());
        }

        @Override
        public Fingerprint fingerprint() {
            fingerprints.incrementAndGet();
            return super.fingerprint();
        }
    }

    @Test
    void withEveryCommitCountedAQuietGraphIsServedWithoutReadingTheDatabase() {
        TrustFixture fixture = TrustFixture.empty().orgs("a", "b", "c").collab("a", "b");
        var repository = new CountingRepository(fixture);
        var holder = new TrustGraphHolder(repository, new GraphBootstrap(null), TestGraph.changes(), 300);
        holder.rebuild();
        int afterLoad = repository.fingerprints.get();
        for (int i = 0; i < 5; i++) {
            assertTrue(holder.current(Viewer.PUBLIC).isPresent());
        }
        assertEquals(afterLoad, repository.fingerprints.get(), "no count read while nothing has committed");

        fixture.collab("b", "c");
        assertTrue(holder.current(Viewer.PUBLIC).isEmpty(), "a commit sends the next search to the counts");
        assertEquals(afterLoad + 1, repository.fingerprints.get());
    }

    @Test
    void withOnlyTheAtlasWritesCountedTheCountsAreReadOnEverySearch() {
        TrustFixture fixture = TrustFixture.empty().orgs("a", "b").collab("a", "b");
        var repository = new CountingRepository(fixture);
        // an external graph: nothing but the Atlas's own writes move this counter
        var holder = new TrustGraphHolder(repository, new GraphBootstrap(null), new GraphChanges(), 300);
        holder.rebuild();
        int afterLoad = repository.fingerprints.get();
        holder.current(Viewer.PUBLIC);
        holder.current(Viewer.PUBLIC);
        assertEquals(afterLoad + 2, repository.fingerprints.get());
    }
}
