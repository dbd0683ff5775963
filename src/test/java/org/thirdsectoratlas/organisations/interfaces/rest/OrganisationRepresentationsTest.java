package org.thirdsectoratlas.organisations.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.organisations.application.OrganisationDirectory;
import org.thirdsectoratlas.organisations.domain.VersionedOrganisation;
import org.thirdsectoratlas.organisations.infrastructure.graph.Neo4jOrganisationRepository;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.platform.graph.GraphChanges;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;
import org.thirdsectoratlas.trust.domain.TrustGraphChanged;

/**
 * The organisation lookup's cache on the real seeded graph: served from memory until any write commits,
 * never across viewers (privacy tiers), never a read that overlapped a write, and what it serves is exactly
 * what JSON-B renders for the directory's answer.
 */
class OrganisationRepresentationsTest {

    private static final String ID = "leeds-gate";
    private static final String PARTNER = "basis-yorkshire";
    private static final Viewer MEMBER = new Viewer(Set.of(ID), false);

    private static Graph graph;
    private static OrganisationDirectory directory;

    @BeforeAll
    static void seed() {
        graph = TestGraph.seeded();
        directory = new OrganisationDirectory(new Neo4jOrganisationRepository(graph));
    }

    @AfterEach
    void restore() {
        graph.write(tx -> tx.run("""
                MATCH (o:Organisation {id: $id}) REMOVE o.cacheProbe
                WITH o MATCH (o)-[c:COLLABORATES_WITH {cacheProbe: true}]-() DELETE c
                """, Map.of("id", ID)).consume());
    }

    /** Records render every field in toString; the server renders JSON-B (no implementation here). */
    private static OrganisationRepresentations cache(GraphChanges changes) {
        return new OrganisationRepresentations(directory, Object::toString, changes, 100, 60);
    }

    private static String json(OrganisationRepresentations.Representation r) {
        return new String(r.json(), StandardCharsets.UTF_8);
    }

    private static void setProbe(String value) {
        graph.write(tx -> tx.run("MATCH (o:Organisation {id: $id}) SET o.description = coalesce(o.cacheProbe, "
                + "o.description), o.cacheProbe = o.description, o.description = $value",
                Map.of("id", ID, "value", value)).consume());
    }

    private static void restoreDescription() {
        graph.write(tx -> tx.run("MATCH (o:Organisation {id: $id}) WHERE o.cacheProbe IS NOT NULL "
                + "SET o.description = o.cacheProbe REMOVE o.cacheProbe", Map.of("id", ID)).consume());
    }

    @Test
    void servesTheRenderedDirectoryAnswerWithTheVersionTag() {
        var representation = cache(TestGraph.changes()).get(ID, Viewer.PUBLIC);
        var expected = directory.getVersioned(ID, Viewer.PUBLIC);

        assertArrayEquals(expected.organisation().toString().getBytes(StandardCharsets.UTF_8),
                representation.json());
        assertEquals(expected.etag(), representation.etag());
        assertTrue(representation.etag().matches("\"v\\d+\""), representation.etag());
    }

    @Test
    void aRepeatedLookupIsAHitUntilAnyWriteCommits() {
        OrganisationRepresentations cache = cache(TestGraph.changes());
        var first = cache.get(ID, Viewer.PUBLIC);
        assertSame(first, cache.get(ID, Viewer.PUBLIC), "the second lookup is served from memory");

        // A write over Bolt by another client, not through the Atlas: the commit listener still sees it.
        setProbe("Rewritten by another client");
        try {
            var after = cache.get(ID, Viewer.PUBLIC);
            assertNotSame(first, after);
            assertTrue(json(after).contains("Rewritten by another client"), json(after));
        } finally {
            restoreDescription();
        }
        assertFalse(json(cache.get(ID, Viewer.PUBLIC)).contains("Rewritten by another client"));
    }

    @Test
    void aReadDoesNotMoveTheChangeCount() {
        GraphChanges changes = TestGraph.changes();
        long before = changes.version();
        cache(changes).get(ID, Viewer.PUBLIC);
        directory.getVersioned(PARTNER, Viewer.PUBLIC);
        assertEquals(before, changes.version());
    }

    @Test
    void aPrivateTieRenderedForAMemberIsNeverServedToThePublic() {
        graph.write(tx -> tx.run("""
                MATCH (a:Organisation {id: $a}), (b:Organisation {id: $b})
                CREATE (a)-[:COLLABORATES_WITH {kind: 'SERVICE', status: 'CONFIRMED', visibility: 'PRIVATE',
                                                cacheProbe: true, lastConfirmed: date('2024-01-01')}]->(b)
                """, Map.of("a", ID, "b", PARTNER)).consume());
        OrganisationRepresentations cache = cache(TestGraph.changes());
        String quotedPartner = "id=" + PARTNER + ",";

        String member = json(cache.get(ID, MEMBER));
        String anonymous = json(cache.get(ID, Viewer.PUBLIC));
        String memberAgain = json(cache.get(ID, MEMBER));
        String anonymousAgain = json(cache.get(ID, Viewer.PUBLIC));

        assertTrue(member.contains(quotedPartner), "the member sees its own private tie");
        assertEquals(member, memberAgain);
        assertFalse(anonymous.contains(quotedPartner), anonymous);
        assertFalse(anonymousAgain.contains(quotedPartner), "nor from the cache after the member's read");
        assertEquals(2, cache.size(), "one entry per viewer");
    }

    @Test
    void aReadThatOverlapsAWriteIsNeverServedAfterIt() {
        AtomicBoolean writeDuringNextRead = new AtomicBoolean(true);
        var racing = new OrganisationDirectory(new Neo4jOrganisationRepository(graph) {
            @Override
            public Optional<VersionedOrganisation> findVersioned(String id, Viewer viewer) {
                var read = super.findVersioned(id, viewer);
                if (writeDuringNextRead.getAndSet(false)) {
                    setProbe("Written while the old answer was being read");
                }
                return read;
            }
        });
        var cache = new OrganisationRepresentations(racing, Object::toString, TestGraph.changes(), 100, 60);
        try {
            String old = json(cache.get(ID, Viewer.PUBLIC));
            assertFalse(old.contains("Written while the old answer was being read"), "read before the write");
            assertTrue(json(cache.get(ID, Viewer.PUBLIC)).contains("Written while the old answer was being read"));
        } finally {
            restoreDescription();
        }
    }

    @Test
    void anAtlasEditClearsItAndAnExternalGraphsWritesShowAfterTheTimeToLive() {
        GraphChanges unwired = new GraphChanges(); // as with an external graph: no commit listener
        OrganisationRepresentations cache = cache(unwired);
        long[] now = {0};
        cache.clock(() -> now[0]);
        var first = cache.get(ID, Viewer.PUBLIC);
        setProbe("Written elsewhere");
        try {
            assertSame(first, cache.get(ID, Viewer.PUBLIC), "unseen write: served until the time-to-live");
            now[0] = 61_000_000_000L;
            assertTrue(json(cache.get(ID, Viewer.PUBLIC)).contains("Written elsewhere"));

            var cached = cache.get(ID, Viewer.PUBLIC);
            cache.onChange(new TrustGraphChanged("organisation updated"));
            assertEquals(0, cache.size());
            assertNotSame(cached, cache.get(ID, Viewer.PUBLIC));
        } finally {
            restoreDescription();
        }
    }

    @Test
    void unknownAndHiddenOrganisationsAreNotFoundAndNotCached() {
        OrganisationRepresentations cache = cache(TestGraph.changes());
        assertThrows(UnknownIdException.class, () -> cache.get("no-such-organisation", Viewer.PUBLIC));
        assertEquals(0, cache.size());
    }
}
