package org.thirdsectoratlas.imports.infrastructure.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.thirdsectoratlas.imports.domain.BadFileException;
import org.thirdsectoratlas.imports.domain.GivingFlatSheets;
import org.thirdsectoratlas.imports.domain.ImportFormat;
import org.thirdsectoratlas.imports.domain.KumuSheets;
import org.thirdsectoratlas.imports.domain.ParsedFile;
import org.thirdsectoratlas.imports.domain.SheetVisitor;

/** Reads an uploaded file as the chosen format, deciding XLSX, CSV or JSON from its bytes, not its name. */
public final class ImportFiles {

    private ImportFiles() {
    }

    public static ParsedFile read(Path file, String fileName, ImportFormat format, String tieStatus, String csvSheet)
            throws IOException {
        FileKind kind = FileKind.of(file);
        String name = fileName == null ? "upload" : fileName;
        boolean namedXlsx = name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        if (kind == FileKind.EMPTY) {
            throw new BadFileException("The file is empty.");
        }
        if (kind != FileKind.ZIP && kind != FileKind.TEXT && kind != FileKind.JSON) {
            throw new BadFileException("The file is " + kind.description() + (namedXlsx
                    ? ", not an XLSX workbook, whatever its name says." : ", not a " + format.parameter() + " file."));
        }
        return switch (format) {
            case KUMU -> {
                KumuSheets sheets = new KumuSheets(tieStatus, csvSheet);
                String note = sheets(file, name, kind, sheets, csvSheet);
                yield sheets.result(note);
            }
            case GIVING_360 -> {
                if (kind == FileKind.JSON) {
                    yield GivingJson.read(file, name);
                }
                GivingFlatSheets sheets = new GivingFlatSheets();
                String note = sheets(file, name, kind, sheets, null);
                yield sheets.result(note);
            }
            case ATLAS_CSV -> {
                if (kind != FileKind.ZIP) {
                    throw new BadFileException("atlas-csv is a zip of the graph-seed layout; this file is "
                            + kind.description() + ".");
                }
                yield AtlasCsvZip.read(file);
            }
        };
    }

    private static String sheets(Path file, String name, FileKind kind, SheetVisitor visitor, String csvSheet)
            throws IOException {
        if (kind == FileKind.ZIP) {
            XlsxSheets.read(file, visitor);
            return null;
        }
        if (kind == FileKind.JSON) {
            throw new BadFileException("The file is JSON; this format takes XLSX or CSV.");
        }
        var reading = CsvSheets.read(file, csvSheet != null ? csvSheet : name, visitor);
        return "Read as CSV in " + reading.encoding() + " separated by '" + (reading.separator() == '\t' ? "tab"
                : String.valueOf(reading.separator())) + "'"
                + (reading.encoding().equalsIgnoreCase("windows-1252")
                    ? " (not valid UTF-8: read as Windows-1252; save as CSV UTF-8 if accents look wrong)." : ".");
    }
}
