package org.thirdsectoratlas.platform.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.testing.TestGraph;

/** A key's first answer is kept in the graph for every replica; a retry gets it, a new request under it does not. */
class IdempotentAnswersTest {

    private final IdempotentAnswers answers = new IdempotentAnswers(TestGraph.seeded(), Duration.ofSeconds(120));
    private final String id = "test-" + UUID.randomUUID();
    private final IdempotentAnswers.Answer created = new IdempotentAnswers.Answer(201, "application/json",
            "{\"id\":\"t1\"}", "https://localhost/api/ties/t1", "\"v1\"");

    @Test
    void aRetryAfterTheFirstAnswerGetsThatAnswer() {
        assertInstanceOf(IdempotentAnswers.Fresh.class, answers.claim(id, "same request"));
        answers.complete(id, created);

        var retry = answers.claim(id, "same request");
        assertEquals(new IdempotentAnswers.Replay(created), retry);
    }

    @Test
    void aRetryWhileTheFirstRunsIsToldToWait() {
        answers.claim(id, "same request");
        assertInstanceOf(IdempotentAnswers.Running.class, answers.claim(id, "same request"));
    }

    @Test
    void theKeyOnADifferentRequestIsRefusedEvenAfterItsAnswer() {
        answers.claim(id, "first request");
        assertInstanceOf(IdempotentAnswers.Mismatch.class, answers.claim(id, "another request"));
        answers.complete(id, created);
        assertInstanceOf(IdempotentAnswers.Mismatch.class, answers.claim(id, "another request"));
    }

    @Test
    void aReleasedKeyMayRunAgainButACompletedOneIsNotReleased() {
        answers.claim(id, "same request");
        answers.release(id);
        assertInstanceOf(IdempotentAnswers.Fresh.class, answers.claim(id, "same request"));
        answers.complete(id, created);
        answers.release(id);
        assertInstanceOf(IdempotentAnswers.Replay.class, answers.claim(id, "same request"));
    }

    @Test
    void aClaimLeftByADeadServerOrAnExpiredAnswerIsFreshAgain() {
        var quickToGiveUp = new IdempotentAnswers(TestGraph.graph(), Duration.ZERO);
        quickToGiveUp.claim(id, "same request");
        assertInstanceOf(IdempotentAnswers.Fresh.class, quickToGiveUp.claim(id, "same request"),
                "an unfinished claim older than the limit was abandoned");

        answers.complete(id, created);
        TestGraph.graph().write(tx -> tx.run("MATCH (r:IdempotentRequest {id: $id}) "
                + "SET r.expiresAt = datetime() - duration('PT1S')", Map.of("id", id)).consume());
        assertInstanceOf(IdempotentAnswers.Fresh.class, answers.claim(id, "another request"), "kept a day, no more");
    }

    @Test
    void ofEightRequestsClaimingOneKeyAtOnceExactlyOneRuns() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<IdempotentAnswers.Claim>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<IdempotentAnswers.Claim> claim = () -> {
                    start.await();
                    return answers.claim(id, "same request");
                };
                claims.add(pool.submit(claim));
            }
            start.countDown();
            int fresh = 0;
            for (Future<IdempotentAnswers.Claim> claim : claims) {
                var result = claim.get();
                if (result instanceof IdempotentAnswers.Fresh) {
                    fresh++;
                } else {
                    assertInstanceOf(IdempotentAnswers.Running.class, result);
                }
            }
            assertEquals(1, fresh);
            assertEquals(1, TestGraph.count("MATCH (r:IdempotentRequest {id: $id}) RETURN count(r)", Map.of("id", id)));
        } finally {
            pool.shutdownNow();
        }
    }
}
