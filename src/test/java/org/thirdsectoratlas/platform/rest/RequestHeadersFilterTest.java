package org.thirdsectoratlas.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Media types the API takes pass; a hostile one is refused with fixed words that never quote it. */
class RequestHeadersFilterTest {

    @Test
    void theMediaTypesTheApiReadsAreAcceptable() {
        assertTrue(RequestHeadersFilter.acceptable("application/json"));
        assertTrue(RequestHeadersFilter.acceptable("application/json; charset=UTF-8"));
        assertTrue(RequestHeadersFilter.acceptable("application/x-www-form-urlencoded"));
    }

    @Test
    void aFourKilobyteOrUnparseableMediaTypeIsNot() {
        assertFalse(RequestHeadersFilter.acceptable("a/" + "a/".repeat(2_048)));
        assertFalse(RequestHeadersFilter.acceptable("no slash at all"));
    }

    @Test
    void theContainersRefusalsAreProblemsInOurOwnWords() {
        for (int status : new int[] {400, 404, 405, 406, 415, 414, 501}) {
            Problem problem = ContainerProblems.of(status);
            assertEquals(status, problem.status());
            assertFalse(problem.detail().contains("RESTEASY"), problem.detail());
        }
        assertTrue(ContainerProblems.of(415).detail().contains("application/json"));
    }
}
