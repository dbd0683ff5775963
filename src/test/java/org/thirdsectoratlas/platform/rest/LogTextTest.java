package org.thirdsectoratlas.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void aLongValueIsCutAndSaysHowLongItWas() {
        String safe = LogText.safe("a/".repeat(2_048));
        assertTrue(safe.length() < LogText.LIMIT + 30, safe);
        assertTrue(safe.endsWith("… (4096 chars)"), safe);
    }

    @Test
    void lineBreaksAndControlCharactersCannotForgeALine() {
        assertEquals("x\\nSEVERE fake\\r\\u0007", LogText.safe("x\nSEVERE fake\r\u0007"));
    }

    @Test
    void aFailureIsLoggedWithItsFramesButABoundedMessage() {
        String logged = LogText.failure(new IllegalArgumentException("bad " + "z".repeat(10_000),
                new IllegalStateException("inner\nline")));
        assertTrue(logged.length() < 3_000, "length " + logged.length());
        assertTrue(logged.contains("\tat org.thirdsectoratlas.platform.rest.LogTextTest"), logged);
        assertTrue(logged.contains("Caused by: java.lang.IllegalStateException: inner\\nline"), logged);
    }
}
