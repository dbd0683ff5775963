package org.thirdsectoratlas.imports.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 360Giving's flat layout (GrantNav's CSV and XLSX downloads): one grant per row under the standard's column
 * titles. Sheets without an Identifier column (GrantNav's notes or metadata sheets) are skipped.
 */
public final class GivingFlatSheets implements SheetVisitor {

    static final List<String> REQUIRED = List.of("Identifier", "Amount Awarded", "Currency", "Award Date",
            "Funding Org:Identifier", "Funding Org:Name");

    private final GrantRecords grants = new GrantRecords();
    private final List<RowError> errors = new ArrayList<>();
    private final Map<String, Long> skipped = new LinkedHashMap<>();
    private final Map<String, Origin> seen = new java.util.HashMap<>();
    private TableSheet sheet;
    private boolean reading;

    @Override
    public boolean startSheet(String name) {
        sheet = new TableSheet(name);
        reading = true;
        return true;
    }

    @Override
    public void row(long rowNumber, List<String> cells) {
        if (!reading) {
            return;
        }
        if (TableSheet.blank(cells)) {
            if (sheet.hasHeader()) {
                skipped.merge("empty rows", 1L, Long::sum);
            }
            return;
        }
        if (!sheet.hasHeader()) {
            sheet.header(cells);
            if (!sheet.has("Identifier")) {
                reading = false;
                skipped.merge("sheets without an Identifier column", 1L, Long::sum);
                return;
            }
            for (String column : REQUIRED) {
                if (!sheet.has(column)) {
                    errors.add(new RowError(sheet.name(), rowNumber, column, null,
                            "The header has no '" + column + "' column (360Giving's column titles are expected)."));
                    reading = false;
                }
            }
            return;
        }
        Origin origin = new Origin(sheet.name(), rowNumber);
        if (!sheet.cell(cells, "Recipient Ind:Identifier").isEmpty()
                || (sheet.cell(cells, "Recipient Org:Identifier").isEmpty()
                    && !sheet.cell(cells, "Recipient Ind:Name").isEmpty())) {
            skipped.merge("grants to individuals", 1L, Long::sum);
            return;
        }
        List<RowError> rowErrors = new ArrayList<>();
        for (String column : List.of("Identifier", "Currency", "Award Date", "Recipient Org:Identifier",
                "Recipient Org:Name", "Funding Org:Identifier", "Funding Org:Name", "Amount Awarded")) {
            if (sheet.cell(cells, column).isEmpty()) {
                rowErrors.add(RowError.of(origin, column, "", "'" + column + "' is required."));
            }
        }
        String identifier = sheet.cell(cells, "Identifier");
        Double amount = null;
        try {
            String text = sheet.cell(cells, "Amount Awarded").replace(",", "").replace("£", "");
            if (!text.isEmpty()) {
                amount = Double.parseDouble(text);
            }
        } catch (NumberFormatException e) {
            rowErrors.add(RowError.of(origin, "Amount Awarded", sheet.cell(cells, "Amount Awarded"),
                    "'Amount Awarded' must be a number."));
        }
        String date = GivingDates.date(sheet.cell(cells, "Award Date"));
        if (date == null && !sheet.cell(cells, "Award Date").isEmpty()) {
            rowErrors.add(RowError.of(origin, "Award Date", sheet.cell(cells, "Award Date"),
                    "'Award Date' must be a date (YYYY-MM-DD)."));
        }
        if (!identifier.isEmpty() && rowErrors.isEmpty()) {
            Origin earlier = seen.putIfAbsent(identifier, origin);
            if (earlier != null) {
                rowErrors.add(RowError.of(origin, "Identifier", identifier,
                        "The grant '" + identifier + "' is already at row " + earlier.row() + "."));
            }
        }
        if (!rowErrors.isEmpty()) {
            errors.addAll(rowErrors);
            return;
        }
        grants.add(new Grant(identifier, sheet.cell(cells, "Title"), amount,
                sheet.cell(cells, "Currency").toUpperCase(java.util.Locale.ROOT), date,
                new Grant.Party(sheet.cell(cells, "Recipient Org:Identifier"), sheet.cell(cells, "Recipient Org:Name"),
                        sheet.cell(cells, "Recipient Org:Charity Number"),
                        sheet.cell(cells, "Recipient Org:Company Number")),
                new Grant.Party(sheet.cell(cells, "Funding Org:Identifier"), sheet.cell(cells, "Funding Org:Name"),
                        null, null),
                sheet.cell(cells, "Grant Programme:Title"), sheet.cell(cells, "Beneficiary Location:Name"), origin));
    }

    public ParsedFile result(String note) {
        return new ParsedFile(grants.nodes(), grants.relationships(), List.copyOf(errors), Map.copyOf(skipped),
                note);
    }
}
