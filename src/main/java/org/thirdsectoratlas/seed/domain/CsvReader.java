package org.thirdsectoratlas.seed.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 reader (comma, double quotes, doubled quote as escape) that keeps line numbers, so that
 * seed errors can point at the exact line. Lines starting with '#' outside a record are comments;
 * blank lines are skipped.
 */
public final class CsvReader {

    private CsvReader() {
    }

    public static List<CsvRecord> read(String file, Reader source) {
        List<CsvRecord> records = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(source)) {
            String physical;
            int lineNo = 0;
            while ((physical = in.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && physical.startsWith("\uFEFF")) {
                    physical = physical.substring(1);
                }
                if (physical.isBlank() || physical.startsWith("#")) {
                    continue;
                }
                int start = lineNo;
                List<String> fields = new ArrayList<>();
                StringBuilder field = new StringBuilder();
                boolean quoted = false;
                boolean fieldWasQuoted = false;
                String text = physical;
                int i = 0;
                while (true) {
                    if (i == text.length()) {
                        if (quoted) {
                            String next = in.readLine();
                            if (next == null) {
                                throw new SeedFormatException(file, start, "a quoted field is never closed");
                            }
                            lineNo++;
                            field.append('\n');
                            text = next;
                            i = 0;
                            continue;
                        }
                        fields.add(field.toString());
                        break;
                    }
                    char c = text.charAt(i);
                    if (quoted) {
                        if (c == '"') {
                            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                                field.append('"');
                                i++;
                            } else {
                                quoted = false;
                            }
                        } else {
                            field.append(c);
                        }
                    } else if (c == ',') {
                        fields.add(field.toString());
                        field.setLength(0);
                        fieldWasQuoted = false;
                    } else if (c == '"') {
                        if (field.length() > 0 || fieldWasQuoted) {
                            throw new SeedFormatException(file, lineNo,
                                    "a quote inside an unquoted field (column " + (fields.size() + 1) + ")");
                        }
                        quoted = true;
                        fieldWasQuoted = true;
                    } else {
                        if (fieldWasQuoted) {
                            throw new SeedFormatException(file, lineNo,
                                    "text after a closing quote (column " + (fields.size() + 1) + ")");
                        }
                        field.append(c);
                    }
                    i++;
                }
                records.add(new CsvRecord(start, List.copyOf(fields)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return records;
    }
}
