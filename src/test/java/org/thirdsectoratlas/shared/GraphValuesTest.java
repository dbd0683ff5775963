package org.thirdsectoratlas.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;
import org.thirdsectoratlas.shared.infrastructure.GraphValues;

class GraphValuesTest {

    @Test
    void aNeo4jDateTimeInAZoneIdIsWrittenAsRfc3339InUtcToTheMillisecond() {
        var recorded = ZonedDateTime.of(2026, 12, 2, 17, 14, 33, 193_888_675, ZoneId.of("Etc/UTC"));
        var text = GraphValues.text(Values.value(Map.of("recordedAt", recorded)), "recordedAt");
        assertEquals("2026-12-02T17:14:33.193Z", text);
        // The form clients reject ("...Z[Etc/UTC]") would not parse as an offset date-time.
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text);
    }

    @Test
    void aDateTimeWithAnOffsetIsMovedToUtc() {
        var recorded = ZonedDateTime.of(2026, 6, 1, 9, 0, 0, 0, ZoneId.of("Europe/London"));
        assertEquals("2026-06-01T08:00:00.000Z", GraphValues.text(Values.value(recorded)));
    }

    @Test
    void datesAndStringsKeepTheirOwnTextAndNullStaysNull() {
        assertEquals("2023-07-01", GraphValues.text(Values.value(LocalDate.of(2023, 7, 1))));
        assertEquals("GB-CHC-225863", GraphValues.text(Values.value("GB-CHC-225863")));
        assertNull(GraphValues.text(Values.NULL));
    }
}
