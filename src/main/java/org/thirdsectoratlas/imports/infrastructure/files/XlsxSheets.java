package org.thirdsectoratlas.imports.infrastructure.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.model.StylesTable;
import org.thirdsectoratlas.imports.domain.BadFileException;
import org.thirdsectoratlas.imports.domain.SheetVisitor;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * XLSX read as a stream with Apache POI's event API (XSSFReader + SAX): one row in memory at a time. A formula
 * cell gives the value the spreadsheet cached when it was saved; no formula is ever evaluated. Dates come out
 * as ISO dates. POI's zip guards refuse zip bombs (inflate ratio and entry size).
 */
public final class XlsxSheets {

    /** Largest uncompressed part of a workbook: far above real sheets of 200,000 rows. */
    static final long MAX_ENTRY_BYTES = 1L << 30;
    /** Compression beyond 1:100 is what zip bombs do and no real sheet does. */
    static final double MIN_INFLATE_RATIO = 0.01;

    private XlsxSheets() {
    }

    public static void read(Path file, SheetVisitor visitor) throws IOException {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (!visitor.startSheet(sheets.getSheetName())) {
                        continue;
                    }
                    XMLReader parser = SAXHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings,
                            new Rows(visitor), new IsoDates(), false));
                    parser.parse(new InputSource(sheet));
                }
            }
        } catch (NotOfficeXmlFileException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new BadFileException("The file is not an XLSX workbook (" + shortMessage(e) + ").");
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new BadFileException("The workbook cannot be read: " + shortMessage(e));
        } catch (IOException | IllegalStateException | org.apache.poi.ooxml.POIXMLException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")
                    || String.valueOf(e.getMessage()).contains("exceeds the max")) {
                throw new BadFileException("The workbook expands far beyond its size (a zip bomb?): refused.");
            }
            if (e instanceof IOException io) {
                throw io;
            }
            throw new BadFileException("The workbook cannot be read: " + shortMessage(e));
        }
    }

    private static String shortMessage(Exception e) {
        String m = String.valueOf(e.getMessage());
        int line = m.indexOf('\n');
        m = line < 0 ? m : m.substring(0, line);
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }

    /** Dates as YYYY-MM-DD (YYYY-MM-DDTHH:MM when there is a time), whatever the cell's display format. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904);
                return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final SheetVisitor visitor;
        private final List<String> cells = new ArrayList<>();
        private long row;

        Rows(SheetVisitor visitor) {
            this.visitor = visitor;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum + 1L;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            visitor.row(row, List.copyOf(cells));
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }
}
