package org.thirdsectoratlas.seed.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The value types a seed column may declare in its header, as {@code name:type}. */
public enum ColumnType {
    STRING("string"),
    INT("int"),
    FLOAT("float"),
    BOOLEAN("boolean"),
    DATE("date"),
    STRING_ARRAY("string[]");

    private final String token;

    ColumnType(String token) {
        this.token = token;
    }

    public static ColumnType fromToken(String token) {
        String wanted = token.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> t.token.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown column type '" + token + "' (use string, int, float, boolean, date or string[])"));
    }

    /** Parses a non-empty cell; throws IllegalArgumentException with a reader-friendly reason. */
    public Object parse(String cell) {
        String value = cell.strip();
        try {
            return switch (this) {
                case STRING -> value;
                case INT -> Long.parseLong(value);
                case FLOAT -> Double.parseDouble(value);
                case BOOLEAN -> switch (value.toLowerCase(Locale.ROOT)) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException("'" + value + "' is not true or false");
                };
                case DATE -> LocalDate.parse(value);
                case STRING_ARRAY -> List.copyOf(Arrays.stream(value.split(";"))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList());
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a valid " + token);
        }
    }
}
