package org.thirdsectoratlas.platform.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The ETag itself is checked over HTTP (OpenReadsIT): it needs the server's JSON-B. */
class OpenReadsFilterTest {

    @Test
    void ifNoneMatchUsesTheWeakComparison() {
        assertTrue(OpenReadsFilter.matches("\"abc\"", "\"abc\""));
        assertTrue(OpenReadsFilter.matches("\"x\", W/\"abc\"", "\"abc\""));
        assertTrue(OpenReadsFilter.matches("*", "\"abc\""));
        assertFalse(OpenReadsFilter.matches("\"abd\"", "\"abc\""));
        assertFalse(OpenReadsFilter.matches(null, "\"abc\""));
    }
}
