package org.thirdsectoratlas.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** A server whose request threads stop coming back is not alive; one slow answer does not make it so. */
class RequestThreadsLivenessCheckTest {

    private final AtomicLong nanos = new AtomicLong();
    private final InFlightRequests requests = new InFlightRequests(nanos::get);
    private final RequestThreadsLivenessCheck check = new RequestThreadsLivenessCheck(requests, 120, 4);

    private void secondsPass(long seconds) {
        nanos.addAndGet(seconds * 1_000_000_000L);
    }

    @Test
    void oneLongExportLeavesTheServerAlive() {
        requests.started();
        secondsPass(600);
        assertTrue(check.alive());
    }

    @Test
    void fourRequestsRunningPastTwoMinutesMarkItDown() {
        for (int i = 0; i < 4; i++) {
            requests.started();
        }
        secondsPass(119);
        assertTrue(check.alive(), "slow, not yet stuck");
        secondsPass(1);
        assertFalse(check.alive());
    }

    @Test
    void requestsThatFinishAreForgotten() {
        long[] tickets = new long[4];
        for (int i = 0; i < 4; i++) {
            tickets[i] = requests.started();
        }
        requests.finished(tickets[0]);
        secondsPass(300);
        assertTrue(check.alive());
        assertEquals(3, requests.running());
    }
}
