package org.thirdsectoratlas.exports.infrastructure.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.exports.domain.ExportEdge;
import org.thirdsectoratlas.exports.domain.ExportNode;
import org.thirdsectoratlas.exports.domain.ExportTooLargeException;

/**
 * A spreadsheet's sheet has a fixed number of rows (1,048,576 in Excel and POI; the L graph has about two million
 * ties): a view with more is refused, and nothing is written. Shown here on sheets of three rows.
 */
class KumuXlsxWriterLimitTest {

    private static final int ROWS = 3; // the header and two

    private static ExportNode organisation(String id) {
        return new ExportNode(id, "Organisation " + id, "Organisation", "CHARITY", null, "ACTIVE", null, null,
                List.of(), List.of(), List.of(), 1);
    }

    private static ExportEdge tie(String from, String to) {
        return new ExportEdge(from, to, "COLLABORATES_WITH", null, "CONFIRMED", null, null, null);
    }

    /** A writer whose two sheets are full: two elements and two connections below the headers. */
    private static KumuXlsxWriter filled(ByteArrayOutputStream out) {
        var writer = new KumuXlsxWriter(out, ROWS);
        writer.node(organisation("a"));
        writer.node(organisation("b"));
        writer.nodesDone();
        writer.edge(tie("a", "b"));
        writer.edge(tie("b", "a"));
        return writer;
    }

    @Test
    void aViewThatFillsTheSheetsIsWrittenWhole() throws IOException {
        var out = new ByteArrayOutputStream();
        filled(out).finish();

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(2, workbook.getSheet("Elements").getLastRowNum());
            assertEquals(2, workbook.getSheet("Connections").getLastRowNum());
            assertEquals("b", workbook.getSheet("Connections").getRow(2).getCell(0).getStringCellValue());
        }
    }

    @Test
    void oneConnectionMoreThanTheSheetHoldsIsRefusedAndNothingIsWritten() {
        var out = new ByteArrayOutputStream();
        var writer = filled(out);

        var refused = assertThrows(ExportTooLargeException.class, () -> writer.edge(tie("a", "c")));

        assertTrue(refused.getMessage().contains("at most 2 connections"), refused.getMessage());
        assertTrue(refused.getMessage().contains("gexf"), refused.getMessage());
        assertEquals(0, out.size());
    }

    @Test
    void oneElementMoreThanTheSheetHoldsIsRefusedToo() {
        var writer = new KumuXlsxWriter(new ByteArrayOutputStream(), ROWS);
        writer.node(organisation("a"));
        writer.node(organisation("b"));

        var refused = assertThrows(ExportTooLargeException.class, () -> writer.node(organisation("c")));

        assertTrue(refused.getMessage().contains("at most 2 elements"), refused.getMessage());
    }

    @Test
    void theSheetIsExcelsWholeSheet() {
        assertEquals(1_048_576, KumuXlsxWriter.MAX_ROWS);
    }
}
