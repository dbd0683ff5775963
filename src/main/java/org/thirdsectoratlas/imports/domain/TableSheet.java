package org.thirdsectoratlas.imports.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A sheet whose first non-empty row names the columns; looks columns up by title, ignoring case and spaces. */
final class TableSheet {

    private final String name;
    private final Map<String, Integer> columns = new HashMap<>();
    private List<String> titles;

    TableSheet(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    boolean hasHeader() {
        return titles != null;
    }

    void header(List<String> cells) {
        titles = cells;
        for (int i = 0; i < cells.size(); i++) {
            columns.putIfAbsent(key(cells.get(i)), i);
        }
    }

    List<String> titles() {
        return titles;
    }

    boolean has(String title) {
        return columns.containsKey(key(title));
    }

    /** The cell under the column, stripped; "" when the column or the cell is missing. */
    String cell(List<String> row, String title) {
        Integer i = columns.get(key(title));
        return i == null || i >= row.size() || row.get(i) == null ? "" : row.get(i).strip();
    }

    static boolean blank(List<String> row) {
        return row.stream().allMatch(c -> c == null || c.isBlank());
    }

    static String key(String title) {
        return title == null ? "" : title.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .replace("\uFEFF", "");
    }
}
