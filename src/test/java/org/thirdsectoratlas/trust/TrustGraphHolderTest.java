package org.thirdsectoratlas.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.pathways.application.PathwayFinder;
import org.thirdsectoratlas.pathways.domain.PathwayQuery;
import org.thirdsectoratlas.pathways.infrastructure.graph.Neo4jPathwayRepository;
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
        assertEquals(first, holder.current(new Viewer(Set.of("a"), false)).orElseThrow(),
                "every fact is public, so a member sees exactly the public graph");
        assertEquals(first, holder.current(new Viewer(Set.of(), true)).orElseThrow(), "and so does a moderator");

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

    private static Viewer member(String organisation) {
        return new Viewer(Set.of(organisation), false);
    }

    /**
     * c's private collaboration with e is seen by members of c and e only; a's PARTNERS membership by members of
     * a and of b, its confirmed partner (not g, whose collaboration with a is only claimed, nor d, partner of c,
     * whose fact is private). Everyone else is served from memory, with the database's own answers.
     */
    @Test
    void onlyViewersWhoMaySeeAHiddenFactAskTheDatabase() {
        TrustFixture fixture = TrustFixture.empty().orgs("a", "b", "c", "d", "e", "f", "g")
                .collab("a", "b").collab("c", "d").collab("d", "f").collab("b", "f")
                .collab("a", "g", null, "CLAIMED", TrustFixture.DEFAULT_DATE)
                .group("Network", "n", "FORMAL").member("b", "n").member("f", "n")
                .run("""
                        MATCH (c:Organisation {id: 'c'}), (e:Organisation {id: 'e'})
                        CREATE (c)-[:COLLABORATES_WITH {kind: 'SERVICE', status: 'CONFIRMED', visibility: 'PRIVATE'}]->(e)""")
                .run("""
                        MATCH (a:Organisation {id: 'a'}), (n:Network {id: 'n'})
                        CREATE (a)-[:MEMBER_OF {status: 'CONFIRMED', visibility: 'PARTNERS'}]->(n)""");
        var repository = new Neo4jTrustGraphRepository(fixture.graph());
        var holder = new TrustGraphHolder(repository, new GraphBootstrap(null), TestGraph.changes(), 300);
        holder.rebuild();

        for (String seesMore : List.of("a", "b", "c", "e")) {
            assertTrue(holder.current(member(seesMore)).isEmpty(), seesMore + " may see a hidden fact");
        }
        assertTrue(holder.current(new Viewer(Set.of(), true)).isEmpty(), "moderators see every hidden fact");
        for (String seesPublic : List.of("d", "f", "g")) {
            assertTrue(holder.current(member(seesPublic)).isPresent(), seesPublic + " sees only the public graph");
        }
        assertTrue(holder.current(new Viewer(Set.of("f", "c"), false)).isEmpty(), "one organisation is enough");

        var fromMemory = new PathwayFinder(new Neo4jPathwayRepository(fixture.graph()), holder);
        var fromDatabase = new PathwayFinder(new Neo4jPathwayRepository(fixture.graph()));
        for (String viewer : List.of("d", "g", "a")) {
            for (String[] pair : new String[][] {{"d", "a"}, {"c", "g"}, {"a", "f"}, {"e", "b"}}) {
                PathwayQuery query = PathwayQuery.between(pair[0], pair[1]).withMaxHops(6);
                assertEquals(fromDatabase.find(query, member(viewer)), fromMemory.find(query, member(viewer)),
                        viewer + " asking " + pair[0] + " to " + pair[1]);
            }
        }
        PathwayQuery aToF = PathwayQuery.between("a", "f").withMaxHops(6);
        assertNotEquals(fromDatabase.find(aToF, member("a")), fromMemory.find(aToF, member("d")),
                "a's members see a's partners-only membership of n as a pathway; d's do not");
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
