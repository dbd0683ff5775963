package org.thirdsectoratlas.imports.infrastructure.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.ByteOrderMark;
import org.thirdsectoratlas.imports.domain.BadFileException;
import org.thirdsectoratlas.imports.domain.SheetVisitor;

/**
 * A CSV file as one sheet, through Apache Commons CSV. The byte order mark (UTF-8 or UTF-16) names the
 * encoding when there is one; otherwise the file is UTF-8 if it decodes as UTF-8, else Windows-1252 (what Excel
 * on Windows saves as "CSV"), and the report says so. The separator is ',' unless the header line has more
 * ';' (Excel in many European locales) or tabs.
 */
public final class CsvSheets {

    /** What was decided about the file, for the report. */
    public record Reading(String encoding, char separator) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvSheets() {
    }

    public static Reading read(Path file, String sheetName, SheetVisitor visitor) throws IOException {
        Charset charset;
        try (var bom = bomStream(file)) {
            ByteOrderMark mark = bom.getBOM();
            charset = mark != null ? Charset.forName(mark.getCharsetName()) : null;
        }
        if (charset == null) {
            charset = decodesAsUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        char separator;
        try (Reader in = reader(file, charset)) {
            separator = separator(in);
        }
        Reading reading = new Reading(charset.name(), separator);
        if (!visitor.startSheet(sheetName)) {
            return reading;
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        try (Reader in = reader(file, charset); CSVParser parser = CSVParser.parse(in, format)) {
            var records = parser.iterator();
            long line = 0;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new BadFileException("The CSV file is broken after line " + line
                            + " (an unclosed quote or text after a closing quote).");
                }
                line = record.getRecordNumber();
                visitor.row(line, record.toList());
            }
        }
        return reading;
    }

    private static BOMInputStream bomStream(Path file) throws IOException {
        return BOMInputStream.builder().setInputStream(new BufferedInputStream(Files.newInputStream(file)))
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE)
                .setInclude(false).get();
    }

    private static Reader reader(Path file, Charset charset) throws IOException {
        return new InputStreamReader(bomStream(file), charset);
    }

    /** Strict UTF-8 decoding of the whole file, in chunks: one malformed byte and it is not UTF-8. */
    private static boolean decodesAsUtf8(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            byte[] chunk = new byte[64 * 1024];
            ByteBuffer pending = ByteBuffer.allocate(chunk.length + 8);
            var out = java.nio.CharBuffer.allocate(chunk.length + 8);
            int n;
            while ((n = in.read(chunk)) > 0) {
                pending.put(chunk, 0, n).flip();
                var result = decoder.decode(pending, out, false);
                if (result.isError()) {
                    return false;
                }
                pending.compact();
                out.clear();
            }
            pending.flip();
            var result = decoder.decode(pending, out, true);
            return !result.isError() && !decoder.flush(out).isError() && !pending.hasRemaining();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Counts separators on the first line outside quotes. */
    private static char separator(Reader in) throws IOException {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        int c;
        int read = 0;
        while ((c = in.read()) != -1 && read++ < 65536) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
