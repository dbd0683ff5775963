package org.thirdsectoratlas.editing.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A contract's period: calendar dates, and no end before the start. */
class ContractDraftTest {

    private static ContractDraft contract(String start, String end) {
        return new ContractDraft(null, "A contract", null, null, start, end, "leeds-city-council", "forum-central");
    }

    @Test
    void aContractCannotEndBeforeItStarts() {
        var refused = assertThrows(InvalidEditException.class,
                () -> contract("2025-04-01", "2025-03-31").requireValidPeriod());
        assertEquals("endDate", refused.field());
        assertEquals("The contract cannot end before it starts.", refused.getMessage());
    }

    @Test
    void aContractMayEndOnTheDayItStarts() {
        assertDoesNotThrow(() -> contract("2025-04-01", "2025-04-01").requireValidPeriod());
    }

    @Test
    void eitherDateMayBeLeftOut() {
        assertDoesNotThrow(() -> contract(null, "2025-03-31").requireValidPeriod());
        assertDoesNotThrow(() -> contract("2025-04-01", null).requireValidPeriod());
        assertNull(contract(null, null).start());
    }

    @Test
    void aDateOfTheRightShapeMustBeOnTheCalendar() {
        var start = assertThrows(InvalidEditException.class, () -> contract("2025-02-30", null).requireValidPeriod());
        assertEquals("startDate", start.field());
        assertEquals("'2025-02-30' is not a calendar date (yyyy-mm-dd).", start.getMessage());
        assertEquals("endDate", assertThrows(InvalidEditException.class,
                () -> contract("2025-01-01", "2025-13-01").requireValidPeriod()).field());
    }

    @Test
    void theDatesAreWrittenAsDates() {
        assertEquals(LocalDate.of(2024, 4, 1), contract("2024-04-01", "2027-03-31").start());
        assertEquals(LocalDate.of(2027, 3, 31), contract("2024-04-01", "2027-03-31").end());
    }
}
