package org.thirdsectoratlas.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.pathways.application.PathwayFinder;
import org.thirdsectoratlas.pathways.domain.Pathway;
import org.thirdsectoratlas.pathways.domain.PathwayQuery;
import org.thirdsectoratlas.pathways.infrastructure.graph.Neo4jPathwayRepository;
import org.thirdsectoratlas.platform.graph.GraphBootstrap;
import org.thirdsectoratlas.platform.graph.GraphChanges;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;
import org.thirdsectoratlas.trust.application.TrustGraphHolder;
import org.thirdsectoratlas.trust.domain.Exhaustive;
import org.thirdsectoratlas.trust.domain.TieFilter;
import org.thirdsectoratlas.trust.domain.TrustGraphChanged;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;
import org.thirdsectoratlas.trust.infrastructure.graph.Neo4jTrustGraphRepository;

/**
 * The in-memory trust graph is handed out only while it is current: a change event or a write that fires none (a
 * different count of organisations or trust relationships) makes the next search load it again. It serves every
 * caller, each seeing exactly what the database's privacy rule shows them.
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
        assertEquals(first, holder.graph(), "one graph for every caller");

        fixture.collab("b", "c");
        assertTrue(holder.current(Viewer.PUBLIC).isEmpty(), "a write without an event is noticed by its counts");
        TrustGraphSnapshot second = holder.rebuild().graph();
        assertNotSame(first, second);
        assertEquals(3, holder.current(Viewer.PUBLIC).orElseThrow().organisationCount());

        holder.onChange(new TrustGraphChanged("tie withdrawn"));
        assertFalse(holder.current(Viewer.PUBLIC).isPresent(), "stale from the event until the rebuild lands");
        assertNotSame(second, holder.graph(), "the next search loads the graph that holds the write");
        assertTrue(holder.current(Viewer.PUBLIC).isPresent());
    }

    private static Viewer member(String organisation) {
        return new Viewer(Set.of(organisation), false);
    }

    /**
     * c's private collaboration with e is seen by members of c and e only; a's PARTNERS membership by members of
     * a and of b, its confirmed partner (not g, whose collaboration with a is only claimed, nor d, partner of c,
     * whose fact is private). Every caller is served from memory with exactly the pathways the oracle finds in the
     * graph as the database's own privacy rule shows it to them.
     */
    @Test
    void everyCallerIsServedFromMemoryWithExactlyTheDatabasesPrivacyRule() {
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

        var finder = new PathwayFinder(new Neo4jPathwayRepository(fixture.graph()), holder);
        List<Viewer> viewers = new ArrayList<>(List.of(Viewer.PUBLIC, new Viewer(Set.of(), true),
                new Viewer(Set.of("f", "c"), false)));
        for (String organisation : List.of("a", "b", "c", "d", "e", "f", "g")) {
            viewers.add(member(organisation));
        }
        for (Viewer viewer : viewers) {
            TrustGraphSnapshot seen = Exhaustive.seenBy(fixture.graph(), viewer);
            for (String[] pair : new String[][] {{"d", "a"}, {"c", "g"}, {"a", "f"}, {"e", "b"}, {"c", "e"}}) {
                PathwayQuery query = PathwayQuery.between(pair[0], pair[1]).withMaxHops(6).withLimit(10);
                List<Pathway> expected = Exhaustive.pathways(seen, pair[0], pair[1], 6, TieFilter.ALL, null);
                assertEquals(words(expected.subList(0, Math.min(10, expected.size()))),
                        words(finder.find(query, viewer).pathways()), viewer + " asking " + pair[0] + " to " + pair[1]);
            }
        }
        PathwayQuery cToE = PathwayQuery.between("c", "e").withMaxHops(1);
        assertEquals(1, finder.find(cToE, member("e")).pathways().size(), "e's members see c's private tie to e");
        assertEquals(1, finder.find(cToE, member("c")).pathways().size(), "and so do c's");
        for (String other : List.of("a", "b", "d", "f", "g")) {
            assertTrue(finder.find(cToE, member(other)).pathways().isEmpty(), other + "'s members do not");
        }
        assertTrue(finder.find(cToE, Viewer.PUBLIC).pathways().isEmpty(), "nor does anyone");
        PathwayQuery aToF = PathwayQuery.between("a", "f").withMaxHops(1);
        assertEquals(1, finder.find(aToF, member("b")).pathways().size(), "b, a's confirmed partner, sees a in n");
        assertTrue(finder.find(aToF, member("g")).pathways().isEmpty(), "g's collaboration with a is only claimed");
        assertTrue(finder.find(aToF, member("d")).pathways().isEmpty(), "d is c's partner, not a's");
    }

    /** Partners-only facts follow the partnership: when it is withdrawn the partner's very next search loses them. */
    @Test
    void aRevokedPartnershipTakesEffectAtTheNextRequest() {
        TrustFixture fixture = TrustFixture.empty().orgs("a", "b", "f").collab("a", "b")
                .group("Network", "n", "FORMAL").member("f", "n")
                .run("""
                        MATCH (a:Organisation {id: 'a'}), (n:Network {id: 'n'})
                        CREATE (a)-[:MEMBER_OF {status: 'CONFIRMED', visibility: 'PARTNERS'}]->(n)""");
        var holder = new TrustGraphHolder(new Neo4jTrustGraphRepository(fixture.graph()), new GraphBootstrap(null),
                TestGraph.changes(), 300);
        var finder = new PathwayFinder(new Neo4jPathwayRepository(fixture.graph()), holder);
        PathwayQuery aToF = PathwayQuery.between("a", "f").withMaxHops(2);
        assertEquals(List.of("a", "f"), finder.find(aToF, member("b")).pathways().get(0).organisationIds());

        fixture.run("MATCH (:Organisation {id: 'a'})-[t:COLLABORATES_WITH]-(:Organisation {id: 'b'}) SET t.status = 'WITHDRAWN'");
        holder.onChange(new TrustGraphChanged("partnership withdrawn"));

        assertTrue(finder.find(aToF, member("b")).pathways().isEmpty(), "no longer a's partner: " + aToF);
        assertEquals(List.of("a", "f"), finder.find(aToF, member("a")).pathways().get(0).organisationIds(),
                "a's own members still see it");
    }

    private static List<String> words(List<Pathway> pathways) {
        return pathways.stream().map(p -> p.organisationIds() + " " + p.score() + " "
                + p.hops().stream().map(h -> h.explanation()).toList()).toList();
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
