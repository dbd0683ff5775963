package org.thirdsectoratlas.imports.domain;

import java.util.List;

/** Receives a spreadsheet or CSV file sheet by sheet, row by row, without the whole file in memory. */
public interface SheetVisitor {

    /** Returns false to skip the sheet (its rows are not read). */
    boolean startSheet(String name);

    /** One row, numbered as the file shows it (1 = first row); cells as text, missing cells as "". */
    void row(long rowNumber, List<String> cells);
}
