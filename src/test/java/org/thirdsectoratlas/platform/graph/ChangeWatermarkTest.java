package org.thirdsectoratlas.platform.graph;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.testing.TestGraph;

/** A scheduled recomputation is skipped only when every commit is counted and none happened since the last read. */
class ChangeWatermarkTest {

    @Test
    void withTheEmbeddedEngineOnlyACommitMakesTheNextTickRecompute() {
        GraphChanges changes = TestGraph.changes();
        ChangeWatermark watermark = new ChangeWatermark(changes);
        assertFalse(watermark.unchanged(), "nothing computed yet");

        long version = watermark.beforeReading();
        TestGraph.graph().read(tx -> tx.run("MATCH (o:Organisation) RETURN count(o)").single());
        watermark.computed(version);
        assertTrue(watermark.unchanged(), "a read commits nothing");

        probe();
        assertFalse(watermark.unchanged(), "a write by anyone moves the counter");
    }

    /** Two commits by a plain Bolt client: a node made, then removed. */
    private static void probe() {
        TestGraph.graph().write(tx -> tx.run("CREATE (:WatermarkProbe)").consume());
        TestGraph.graph().write(tx -> tx.run("MATCH (p:WatermarkProbe) DELETE p").consume());
    }

    @Test
    void withOnlyTheAtlasWritesCountedEveryTickRecomputes() {
        GraphChanges external = new GraphChanges();
        ChangeWatermark watermark = new ChangeWatermark(external);
        watermark.computed(watermark.beforeReading());
        assertFalse(watermark.unchanged(), "other clients' writes would not be seen");
    }

    @Test
    void aWriteDuringTheComputationIsNotTakenAsRead() {
        GraphChanges changes = TestGraph.changes();
        ChangeWatermark watermark = new ChangeWatermark(changes);
        long version = watermark.beforeReading();
        probe();
        watermark.computed(version);
        assertFalse(watermark.unchanged(), "the computation may have missed it: recompute");
    }
}
