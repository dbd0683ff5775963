package org.thirdsectoratlas.platform.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.thirdsectoratlas.testing.TestGraph;

/** A request's writes leave bookmarks; a later request that sends them back reads at least that state. */
class ReadYourWritesTest {

    private final Graph graph = TestGraph.graph();

    @AfterEach
    void forget() {
        ReadYourWrites.end();
    }

    private void mark(String id) {
        graph.write(tx -> tx.run("CREATE (:ReadYourWritesMark {id: $id})", Map.of("id", id)).consume());
    }

    @Test
    void aRequestThatWritesEndsWithItsBookmarkAndOneThatOnlyReadsWithNone() {
        ReadYourWrites.begin(List.of());
        TestGraph.count("MATCH (n:ReadYourWritesMark) RETURN count(n)");
        assertEquals(Set.of(), ReadYourWrites.end());

        ReadYourWrites.begin(List.of());
        mark(UUID.randomUUID().toString());
        Set<String> first = ReadYourWrites.end();
        assertEquals(1, first.size(), "one bookmark stands for the request's writes");

        ReadYourWrites.begin(List.of());
        mark(UUID.randomUUID().toString());
        Set<String> second = ReadYourWrites.end();
        assertFalse(second.equals(first), "each write moves the bookmark on");
    }

    @Test
    void aRequestSendingABookmarkReadsTheWriteItStandsFor() {
        String id = UUID.randomUUID().toString();
        ReadYourWrites.begin(List.of());
        mark(id);
        Set<String> bookmark = ReadYourWrites.end();

        ReadYourWrites.begin(bookmark);
        assertTrue(ReadYourWrites.sentBookmarks());
        assertEquals(1, TestGraph.count("MATCH (n:ReadYourWritesMark {id: $id}) RETURN count(n)", Map.of("id", id)));
        assertEquals(Set.of(), ReadYourWrites.end(), "reading leaves no new bookmark");
    }

    @Test
    void aBookmarkTheGraphNeverGaveIsRefusedByIt() {
        ReadYourWrites.begin(List.of("FB:not-one-this-graph-gave"));
        var refused = assertThrows(ClientException.class, () -> TestGraph.count("RETURN 1"));
        assertTrue(refused.code().contains("InvalidBookmark"), refused.code()); // what ProblemMappers turns into 400
    }

    @Test
    void withoutABeginningNothingIsHeldForTheThread() {
        mark(UUID.randomUUID().toString());
        assertFalse(ReadYourWrites.sentBookmarks());
        assertEquals(Set.of(), ReadYourWrites.end());
    }
}
