package org.thirdsectoratlas.platform.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The answer memory's own rules: current while the counter stands still and the time-to-live lasts, bounded. */
class GraphAnswersTest {

    private final GraphChanges changes = new GraphChanges();
    private final AtomicInteger reads = new AtomicInteger();

    private String read() {
        return "answer " + reads.incrementAndGet();
    }

    @Test
    void anAnswerExpiresAfterItsTimeToLiveEvenWithoutAWrite() {
        AtomicLong now = new AtomicLong();
        GraphAnswers<String, String> answers = new GraphAnswers<>(changes, 10, 60);
        answers.clock(now::get);
        assertEquals("answer 1", answers.get("k", this::read));
        now.addAndGet(59_000_000_000L);
        assertEquals("answer 1", answers.get("k", this::read));
        now.addAndGet(1_000_000_000L);
        assertEquals("answer 2", answers.get("k", this::read));
    }

    @Test
    void aReadThatOverlapsAWriteIsNeverServed() {
        GraphAnswers<String, String> answers = new GraphAnswers<>(changes, 10, 60);
        answers.get("k", () -> {
            changes.changed(); // committed while the read ran
            return read();
        });
        assertEquals("answer 2", answers.get("k", this::read));
        assertEquals("answer 2", answers.get("k", this::read));
    }

    @Test
    void zeroEntriesRemembersNothing() {
        GraphAnswers<String, String> answers = new GraphAnswers<>(changes, 0, 60);
        answers.get("k", this::read);
        assertEquals("answer 2", answers.get("k", this::read));
        assertEquals(0, answers.size());
    }
}
