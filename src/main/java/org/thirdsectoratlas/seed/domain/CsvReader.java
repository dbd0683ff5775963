package org.thirdsectoratlas.seed.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * RFC 4180 CSV through Apache Commons CSV, keeping the physical line each record starts on so that seed
 * errors can point at the exact line. Lines starting with '#' outside a record are comments; blank lines are
 * skipped; a UTF-8 byte order mark is dropped.
 */
public final class CsvReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .get();

    private CsvReader() {
    }

    public static List<CsvRecord> read(String file, Reader source) {
        List<CsvRecord> records = new ArrayList<>();
        long lastLine = 0;
        try (Reader in = withoutByteOrderMark(source); CSVParser parser = CSVParser.parse(in, FORMAT)) {
            var iterator = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    record = iterator.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // The record that failed starts on the first line after the last good one.
                    throw new SeedFormatException(file, (int) lastLine + 1, problem(e));
                }
                List<String> fields = record.toList();
                // The parser reports the line a record ends on; a quoted field may span lines.
                long breaks = fields.stream().mapToLong(f -> f.chars().filter(c -> c == '\n').count()).sum();
                lastLine = parser.getCurrentLineNumber();
                records.add(new CsvRecord((int) (lastLine - breaks), List.copyOf(fields)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return records;
    }

    private static String problem(RuntimeException e) {
        String message = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field is never closed";
        }
        if (message.contains("invalid char between encapsulated token and delimiter")) {
            return "text after a closing quote";
        }
        return "not valid CSV";
    }

    private static Reader withoutByteOrderMark(Reader source) throws IOException {
        var in = new java.io.PushbackReader(source, 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }
}
