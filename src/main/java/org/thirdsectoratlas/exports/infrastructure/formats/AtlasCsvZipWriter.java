package org.thirdsectoratlas.exports.infrastructure.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.thirdsectoratlas.exports.domain.SeedManifestText;
import org.thirdsectoratlas.exports.domain.SpreadsheetText;
import org.thirdsectoratlas.exports.domain.TableSink;

/**
 * atlas-csv: a zip in the graph-seed/ layout (graph-seed/README.md) — manifest.properties, the schema, and
 * {dataset}/nodes/*.csv and {dataset}/relationships/*.csv — written entry by entry as rows arrive, RFC 4180
 * with '\n' line ends. The seed loader reads it as it reads graph-seed/. Text cells that a spreadsheet would
 * run as a formula get a leading single quote (SpreadsheetText).
 */
public final class AtlasCsvZipWriter implements TableSink {

    /** The schema the seed applies, carried along so the dataset loads into an empty graph as it stands. */
    static final String SCHEMA_RESOURCE = "graph-seed/schema/constraints.cypher";
    static final String SCHEMA_ENTRY = "schema/constraints.cypher";
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n")
            .setQuoteMode(QuoteMode.MINIMAL).get();

    private final ZipOutputStream zip;
    private final Writer text;
    private final String folder;
    private final String comment;
    private CSVPrinter printer;
    private boolean[] textual;

    /**
     * @param folder  the dataset's folder in the zip (the dataset name)
     * @param comment first line of every CSV, after '#': what the file is and where it comes from
     */
    public AtlasCsvZipWriter(OutputStream out, String folder, String comment) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        this.folder = folder;
        this.comment = comment.replace('\n', ' ').replace('\r', ' ');
    }

    /** Where a table's file goes, relative to the manifest. */
    public String path(String file) {
        return folder + "/" + file;
    }

    @Override
    public void table(String file, List<String> columns) {
        try {
            closeEntry();
            zip.putNextEntry(new ZipEntry(path(file)));
            text.write("# " + comment + "\n");
            printer = new CSVPrinter(text, CSV);
            printer.printRecord(columns);
            textual = new boolean[columns.size()];
            for (int i = 0; i < textual.length; i++) {
                String column = columns.get(i);
                textual[i] = !column.contains(":") || column.endsWith(":string") || column.endsWith(":string[]");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void row(List<String> cells) {
        try {
            // Numbers, dates and booleans are typed columns a spreadsheet cannot run; text is made safe.
            String[] out = new String[cells.size()];
            for (int i = 0; i < out.length; i++) {
                String cell = cells.get(i);
                out[i] = cell == null ? "" : textual[i] ? SpreadsheetText.safe(cell) : cell;
            }
            printer.printRecord((Object[]) out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeEntry() throws IOException {
        if (printer != null) {
            printer.flush();
            text.flush();
            zip.closeEntry();
            printer = null;
        }
    }

    @Override
    public void finish(SeedManifestText manifest) {
        try {
            closeEntry();
            zip.putNextEntry(new ZipEntry(SCHEMA_ENTRY));
            try (InputStream schema = AtlasCsvZipWriter.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
                if (schema != null) {
                    schema.transferTo(zip);
                }
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("manifest.properties"));
            text.write("# " + comment + "\n");
            text.write("dataset=" + manifest.dataset() + "\n");
            text.write("version=" + manifest.version() + "\n");
            text.write("sourceRef=" + manifest.sourceRef() + "\n");
            text.write("publishedOn=" + manifest.publishedOn() + "\n");
            text.write("schema=" + SCHEMA_ENTRY + "\n");
            text.write("files=" + String.join(",", manifest.files().stream().map(this::path).toList()) + "\n");
            text.flush();
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
