package org.thirdsectoratlas.exports.infrastructure.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.thirdsectoratlas.exports.domain.ExportEdge;
import org.thirdsectoratlas.exports.domain.ExportNode;
import org.thirdsectoratlas.exports.domain.ExportTooLargeException;
import org.thirdsectoratlas.exports.domain.ExportWords;
import org.thirdsectoratlas.exports.domain.GraphSink;
import org.thirdsectoratlas.exports.domain.SpreadsheetText;

/**
 * Kumu's spreadsheet: sheets "Elements" and "Connections" with Kumu's columns (Label, ID, Type, Description,
 * Tags; From, To, Type, Label, Direction) and the Atlas's own after them. Written with POI's SXSSF, which keeps
 * only a window of rows in memory and spills the rest to a temporary file. Every text cell goes through
 * {@link SpreadsheetText#safe} so that no spreadsheet runs it as a formula. A sheet holds at most 1,048,576 rows
 * (Excel's limit, which POI enforces): a view with more elements or connections is refused before the workbook is
 * written, so the caller gets a problem naming {@code format} rather than a broken download.
 */
public final class KumuXlsxWriter implements GraphSink {

    static final List<String> ELEMENT_COLUMNS = List.of("Label", "ID", "Type", "Description", "Tags", "Kind",
            "Formality", "Status", "Size Band", "Identifiers", "Communities", "Localities", "Ties", "Color");
    static final List<String> CONNECTION_COLUMNS = List.of("From", "To", "Type", "Label", "Direction",
            "Formality", "Status", "Last Confirmed", "Detail");
    private static final int ROWS_IN_MEMORY = 100;
    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final OutputStream out;
    private final int maxRows;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet elements;
    private SXSSFSheet connections;
    private int elementRow;
    private int connectionRow;

    public KumuXlsxWriter(OutputStream out) {
        this(out, MAX_ROWS);
    }

    /** With a smaller sheet, for tests of the limit. */
    KumuXlsxWriter(OutputStream out, int maxRows) {
        this.out = out;
        this.maxRows = maxRows;
        workbook.setCompressTempFiles(true);
        elements = workbook.createSheet("Elements");
        header(elements, ELEMENT_COLUMNS);
        elementRow = 1;
    }

    private static void header(SXSSFSheet sheet, List<String> columns) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            row.createCell(i).setCellValue(columns.get(i));
        }
    }

    /** Kumu's tags: the communities and localities the element works with. */
    static List<String> tags(ExportNode n) {
        List<String> tags = new ArrayList<>(n.communities());
        tags.addAll(n.localities());
        return tags;
    }

    @Override
    public void node(ExportNode n) {
        Row row = elements.createRow(nextRow(elementRow++, "elements"));
        text(row, 0, n.label());
        text(row, 1, n.id());
        text(row, 2, ExportWords.elementType(n));
        text(row, 3, n.description());
        text(row, 4, String.join("|", tags(n)));
        text(row, 5, n.kind());
        text(row, 6, n.formality());
        text(row, 7, n.status());
        text(row, 8, n.sizeBand());
        text(row, 9, String.join("|", n.identifiers()));
        text(row, 10, String.join("|", n.communities()));
        text(row, 11, String.join("|", n.localities()));
        row.createCell(12).setCellValue(n.degree());
        text(row, 13, n.colour());
    }

    @Override
    public void nodesDone() {
        connections = workbook.createSheet("Connections");
        header(connections, CONNECTION_COLUMNS);
        connectionRow = 1;
    }

    @Override
    public void edge(ExportEdge e) {
        Row row = connections.createRow(nextRow(connectionRow++, "connections"));
        text(row, 0, e.source());
        text(row, 1, e.target());
        text(row, 2, ExportWords.connectionType(e.type()));
        text(row, 3, e.role());
        text(row, 4, e.directed() ? "directed" : "mutual");
        text(row, 5, e.formality());
        text(row, 6, e.status());
        text(row, 7, e.lastConfirmed());
        text(row, 8, e.detail());
    }

    /** The row's index, when the sheet has room for it; otherwise the temporary files go and the view is refused. */
    private int nextRow(int row, String what) {
        if (row < maxRows) {
            return row;
        }
        try {
            workbook.close();
        } catch (IOException e) {
            // the refusal matters more than a temporary file left behind
        }
        throw new ExportTooLargeException("A Kumu workbook's sheet holds at most " + String.format("%,d", maxRows - 1)
                + " " + what + " (a spreadsheet's rows) and this view has more: narrow it with the map's filters, "
                + "or choose kumu-json, gexf, graphml or atlas-csv, which have no such limit.");
    }

    private static void text(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(SpreadsheetText.safe(value));
        }
    }

    @Override
    public void finish() {
        try (workbook) {
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
