package org.thirdsectoratlas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.platform.web.Words;

class WordsTest {

    private final Words words = new Words();

    @Test
    void enumValuesReadAsWordsAndMissingOnesAsNotStated() {
        assertEquals("Semi-formal", words.title("SEMI_FORMAL"));
        assertEquals("Success factor", words.title("SUCCESS_FACTOR"));
        assertEquals("not stated", words.of(null));
        // EL hands a null String to a method as "": that must not fail.
        assertEquals("Not stated", words.title(""));
    }

    @Test
    void percentagesAndTimes() {
        assertEquals("73%", words.percent(73));
        assertEquals("11.1%", words.percent(11.1));
        assertEquals("no figure", words.percent(null));
        assertEquals("25 Nov 2026, 18:05 UTC", words.when(Instant.parse("2026-11-25T18:05:59Z")));
    }
}
