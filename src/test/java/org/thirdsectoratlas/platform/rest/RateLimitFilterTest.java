package org.thirdsectoratlas.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The counting; the headers and the 429 over HTTP are RateLimitIT's. */
class RateLimitFilterTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final RateLimitFilter.Policy writes = new RateLimitFilter.Policy("writes", 3, 60);
    private final RateLimitFilter filter = new RateLimitFilter(new RateLimitFilter.Policy("reads", 100, 1), writes,
            now::get);

    @Test
    void aClientMayMakeItsQuotaOfRequestsAndIsRefusedTheNextUntilTheWindowEnds() {
        assertEquals(2, filter.count(writes, "user:a").remaining());
        assertEquals(1, filter.count(writes, "user:a").remaining());
        now.addAndGet(20_000);
        var third = filter.count(writes, "user:a");
        assertTrue(third.allowed());
        assertEquals(0, third.remaining());
        assertEquals(40, third.resetSeconds());
        var fourth = filter.count(writes, "user:a");
        assertFalse(fourth.allowed());
        assertEquals("\"writes\";r=0;t=40", fourth.header());
        assertEquals("\"writes\";q=3;w=60", writes.header());
        now.addAndGet(40_000);
        assertTrue(filter.count(writes, "user:a").allowed(), "a new window");
    }

    @Test
    void eachClientHasItsOwnQuota() {
        for (int i = 0; i < 3; i++) {
            filter.count(writes, "user:a");
        }
        assertFalse(filter.count(writes, "user:a").allowed());
        assertTrue(filter.count(writes, "user:b").allowed());
        assertTrue(filter.count(writes, "address:127.0.0.1").allowed());
    }
}
