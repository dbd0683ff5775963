package org.thirdsectoratlas.imports.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A row that was not imported, and why; sheet and row as the file's own (rows count from 1, header included). */
@Schema(requiredProperties = {"row", "message"})
public record RowError(String sheet, long row, String column, String value, String message) {

    /** Values are echoed back shortened: a report never repeats unbounded input. */
    public RowError {
        if (value != null && value.length() > 200) {
            value = value.substring(0, 200) + "…";
        }
    }

    public static RowError of(Origin origin, String column, String value, String message) {
        return new RowError(origin.sheet(), origin.row(), column, value, message);
    }
}
