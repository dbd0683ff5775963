package org.thirdsectoratlas.exports.domain;

/**
 * Text for a spreadsheet cell that no spreadsheet will run as a formula (CSV or formula injection, OWASP):
 * a value beginning with =, +, -, @, a tab or a carriage return gets a leading single quote.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
