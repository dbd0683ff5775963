package org.thirdsectoratlas.imports.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** 360Giving dates are a date or a date-time; the Atlas keeps the day (YYYY-MM-DD). */
public final class GivingDates {

    private GivingDates() {
    }

    /** The day, or null when the text is neither a date nor a date-time. */
    public static String date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return LocalDate.parse(t).toString();
        } catch (DateTimeParseException e) {
            // not a plain date: a date-time?
        }
        try {
            return OffsetDateTime.parse(t).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            // nor a date-time with offset
        }
        try {
            return java.time.LocalDateTime.parse(t).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
