package org.thirdsectoratlas.platform.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.testing.TestGraph;
import org.thirdsectoratlas.trust.domain.TrustGraphChanged;

/** Every replica learns of a write through another one from the change log's counter, and only once. */
class ChangeSignalTest {

    /** What the change log does when any replica records a change (editing ChangeLog.NEXT_SEQUENCE). */
    private static void writeThroughAnotherReplica() {
        TestGraph.graph().write(tx -> tx.run("""
                MERGE (k:ChangeCounter {id: 'changes'})
                SET k.next = coalesce(k.next, 0) + 1""").consume());
    }

    private final List<TrustGraphChanged> announced = new ArrayList<>();
    private final GraphChanges changes = new GraphChanges();
    private final ChangeSignal signal = new ChangeSignal(TestGraph.seeded(), changes, () -> true, announced::add, 500);

    @Test
    void aChangeRecordedElsewhereIsAnnouncedOnceAsALocalWriteWouldBe() {
        assertFalse(signal.poll(), "the first read only learns where the counter stands");
        writeThroughAnotherReplica();
        long before = changes.version();

        assertTrue(signal.poll());
        assertEquals(List.of(new TrustGraphChanged(ChangeSignal.ELSEWHERE)), announced);
        assertTrue(changes.version() > before, "the answer caches see the graph moved");

        assertFalse(signal.poll(), "nothing more has happened");
        assertEquals(1, announced.size());
    }

    @Test
    void aChangeThisReplicaMadeAndAnnouncedIsNotAnnouncedAgain() {
        signal.poll();
        writeThroughAnotherReplica();
        signal.onLocalChange(new TrustGraphChanged("tie withdrawn"));

        assertFalse(signal.poll());
        assertTrue(announced.isEmpty());
    }

    @Test
    void itsOwnAnnouncementIsNotTakenForALocalWrite() {
        signal.poll();
        writeThroughAnotherReplica();
        signal.onLocalChange(new TrustGraphChanged(ChangeSignal.ELSEWHERE));

        assertTrue(signal.poll(), "the move is still to be announced");
    }

    @Test
    void aServerNotYetReadyReadsNothing() {
        ChangeSignal starting = new ChangeSignal(TestGraph.graph(), changes, () -> false, announced::add, 500);
        writeThroughAnotherReplica();
        assertFalse(starting.poll());
        assertEquals(-1, starting.millisSinceLastPoll());
    }

    @Test
    void serversStartingTogetherInstallSchemaAndSeedOnceWithoutFailing() throws Exception {
        Graph graph = TestGraph.seeded();
        graph.write(tx -> tx.run("MATCH (v:SeedVersion) SET v.version = 0").consume());
        var pool = Executors.newFixedThreadPool(3);
        try {
            Callable<Void> start = () -> {
                GraphBootstrap.installSchemaAndSeed(graph);
                return null;
            };
            List<Future<Void>> starts = pool.invokeAll(List.of(start, start, start));
            for (Future<Void> f : starts) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, TestGraph.count("MATCH (v:SeedVersion) RETURN count(v)"));
        assertTrue(TestGraph.count("MATCH (v:SeedVersion) WHERE v.version > 0 RETURN count(v)") == 1);
        assertEquals(1, TestGraph.count("MATCH (l:AtlasLock) RETURN count(l)"));
        assertEquals(TestGraph.count("MATCH (o:Organisation) RETURN count(DISTINCT o.id)"),
                TestGraph.count("MATCH (o:Organisation) RETURN count(o)"), "no organisation written twice");
    }
}
