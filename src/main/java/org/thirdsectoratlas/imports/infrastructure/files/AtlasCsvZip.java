package org.thirdsectoratlas.imports.infrastructure.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.thirdsectoratlas.imports.domain.BadFileException;
import org.thirdsectoratlas.imports.domain.ImportableLabels;
import org.thirdsectoratlas.imports.domain.NodeRecord;
import org.thirdsectoratlas.imports.domain.Origin;
import org.thirdsectoratlas.imports.domain.ParsedFile;
import org.thirdsectoratlas.imports.domain.RelationshipRecord;
import org.thirdsectoratlas.imports.domain.RowError;
import org.thirdsectoratlas.seed.domain.ColumnType;
import org.thirdsectoratlas.seed.domain.CsvReader;
import org.thirdsectoratlas.seed.domain.CsvRecord;
import org.thirdsectoratlas.seed.domain.SeedFormatException;

/**
 * The Atlas's own CSV layout in a zip: the graph-seed/ files (nodes/&lt;Label&gt;.csv with typed headers
 * {@code name:type}, relationships/&lt;TYPE&gt;[--part].csv starting {@code from:<Label>,to:<Label>}), wherever
 * they sit in the zip. Read with the seed's own CSV reader and column types; a zip that inflates beyond its
 * bounds is refused before it fills memory or disk.
 */
public final class AtlasCsvZip {

    static final int MAX_ENTRIES = 10_000;
    static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;
    static final long MAX_RATIO = 100;

    /** Provenance the import sets itself: a file's own values for these are not copied. */
    static final Set<String> OWN = Set.of("source", "sourceRef", "lastConfirmed", "dataset", "seedVersion",
            "seedKeys", "recordedAt", "recordedBy", "importId", "importCreated", "version", "retired",
            "retiredAt", "retiredBy", "mergedInto");

    private AtlasCsvZip() {
    }

    public static ParsedFile read(Path file) throws IOException {
        List<NodeRecord> nodes = new ArrayList<>();
        List<RelationshipRecord> relationships = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            if (entries.size() > MAX_ENTRIES) {
                throw new BadFileException("The zip holds more than " + MAX_ENTRIES + " files.");
            }
            long[] total = {0};
            List<ZipEntry> nodeFiles = new ArrayList<>();
            List<ZipEntry> relationshipFiles = new ArrayList<>();
            for (ZipEntry entry : entries) {
                String name = entry.getName();
                if (entry.isDirectory() || !name.endsWith(".csv")) {
                    continue;
                }
                if (name.contains("nodes/")) {
                    nodeFiles.add(entry);
                } else if (name.contains("relationships/")) {
                    relationshipFiles.add(entry);
                }
            }
            if (nodeFiles.isEmpty() && relationshipFiles.isEmpty()) {
                throw new BadFileException("The zip has no nodes/*.csv or relationships/*.csv (the graph-seed layout).");
            }
            for (ZipEntry entry : nodeFiles) {
                List<CsvRecord> records = csv(zip, entry, total, errors);
                if (records != null) {
                    nodes(entry.getName(), records, nodes, errors);
                }
            }
            for (ZipEntry entry : relationshipFiles) {
                List<CsvRecord> records = csv(zip, entry, total, errors);
                if (records != null) {
                    relationships(entry.getName(), records, relationships, errors);
                }
            }
        } catch (ZipException e) {
            throw new BadFileException("The file is not a readable zip archive.");
        }
        return new ParsedFile(nodes, relationships, errors, Map.of(), null);
    }

    private static List<CsvRecord> csv(ZipFile zip, ZipEntry entry, long[] total, List<RowError> errors)
            throws IOException {
        BoundedInflation in = null;
        try (InputStream raw = zip.getInputStream(entry)) {
            in = new BoundedInflation(raw, entry.getCompressedSize(), total);
            return CsvReader.read(entry.getName(), new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (SeedFormatException e) {
            if (in != null && in.tripped) {
                throw new BadFileException("The zip expands far beyond its size (a zip bomb?): refused.");
            }
            errors.add(new RowError(entry.getName(), e.line(), null, null, e.getMessage()));
            return null;
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof BombException) {
                throw new BadFileException("The zip expands far beyond its size (a zip bomb?): refused.");
            }
            throw e;
        } catch (BombException e) {
            throw new BadFileException("The zip expands far beyond its size (a zip bomb?): refused.");
        }
    }

    private static void nodes(String file, List<CsvRecord> records, List<NodeRecord> nodes, List<RowError> errors) {
        String label = base(file);
        if (!ImportableLabels.contains(label) || records.isEmpty()) {
            errors.add(new RowError(file, 0, null, label, "'" + label + "' is not a label the Atlas knows."));
            return;
        }
        Header header = Header.of(file, records.get(0), errors);
        if (header == null || !header.names.contains("id")) {
            errors.add(new RowError(file, records.get(0).line(), "id", null, "The header has no 'id' column."));
            return;
        }
        for (CsvRecord record : records.subList(1, records.size())) {
            Map<String, Object> props = header.values(file, record, errors);
            if (props == null) {
                continue;
            }
            Object id = props.remove("id");
            Object name = props.remove("name");
            if (id == null) {
                errors.add(new RowError(file, record.line(), "id", "", "Every row needs an id."));
                continue;
            }
            @SuppressWarnings("unchecked")
            List<String> identifiers = props.get("identifiers") instanceof List<?> l ? (List<String>) l : List.of();
            props.remove("identifiers");
            nodes.add(new NodeRecord(label, label + ":" + id, id.toString(), name == null ? id.toString()
                    : name.toString(), identifiers, props, new Origin(file, record.line())));
        }
    }

    private static void relationships(String file, List<CsvRecord> records, List<RelationshipRecord> out,
                                      List<RowError> errors) {
        String type = base(file).split("--", 2)[0];
        if (records.isEmpty()) {
            return;
        }
        CsvRecord first = records.get(0);
        List<String> cells = first.fields();
        if (cells.size() < 2 || !cells.get(0).startsWith("from:") || !cells.get(1).startsWith("to:")
                || !type.matches("[A-Z][A-Z0-9_]*")) {
            errors.add(new RowError(file, first.line(), null, null,
                    "A relationships file is named after its TYPE and its header starts from:<Label>,to:<Label>."));
            return;
        }
        String fromLabel = cells.get(0).substring(5).strip();
        String toLabel = cells.get(1).substring(3).strip();
        List<String> named = new ArrayList<>(cells);
        named.set(0, "from");
        named.set(1, "to");
        Header header = Header.of(file, new CsvRecord(first.line(), named), errors);
        if (header == null) {
            return;
        }
        for (CsvRecord record : records.subList(1, records.size())) {
            Map<String, Object> props = header.values(file, record, errors);
            if (props == null) {
                continue;
            }
            Object from = props.remove("from");
            Object to = props.remove("to");
            if (from == null || to == null) {
                errors.add(new RowError(file, record.line(), from == null ? "from" : "to", "",
                        "from and to are both required."));
                continue;
            }
            Object grantId = props.get("grantId");
            out.add(new RelationshipRecord(type, fromLabel + ":" + from, toLabel + ":" + to,
                    grantId == null ? null : grantId.toString(), props, new Origin(file, record.line())));
        }
    }

    private static String base(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - 4);
    }

    private record Header(List<String> names, List<ColumnType> types) {

        static Header of(String file, CsvRecord record, List<RowError> errors) {
            List<String> names = new ArrayList<>();
            List<ColumnType> types = new ArrayList<>();
            for (String cell : record.fields()) {
                String[] parts = cell.strip().split(":", 2);
                if (!parts[0].matches("[A-Za-z][A-Za-z0-9_]*") || names.contains(parts[0])) {
                    errors.add(new RowError(file, record.line(), cell, null,
                            "Column '" + cell + "' is not a valid, unique property name."));
                    return null;
                }
                try {
                    types.add(parts.length == 2 ? ColumnType.fromToken(parts[1].strip()) : ColumnType.STRING);
                } catch (IllegalArgumentException e) {
                    errors.add(new RowError(file, record.line(), cell, null, e.getMessage()));
                    return null;
                }
                names.add(parts[0]);
            }
            return new Header(names, types);
        }

        Map<String, Object> values(String file, CsvRecord record, List<RowError> errors) {
            if (record.fields().size() != names.size()) {
                errors.add(new RowError(file, record.line(), null, null, "Expected " + names.size()
                        + " columns but found " + record.fields().size() + "."));
                return null;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String cell = record.fields().get(i);
                if (cell.isBlank() || OWN.contains(names.get(i))) {
                    continue;
                }
                try {
                    Object value = types.get(i).parse(cell);
                    // Dates travel as ISO text: the graph keeps dates, the driver turns LocalDate into one.
                    values.put(names.get(i), value);
                } catch (IllegalArgumentException e) {
                    errors.add(new RowError(file, record.line(), names.get(i), cell, e.getMessage()));
                    return null;
                }
            }
            return values;
        }
    }

    /** Thrown when an entry inflates past its ratio or the zip past its total. */
    static final class BombException extends IOException {
        BombException() {
            super("zip bomb");
        }
    }

    /** Counts what an entry inflates to and stops at 100 × its compressed size (plus 1 MB) or 512 MB in all. */
    private static final class BoundedInflation extends java.io.FilterInputStream {
        private final long limit;
        private final long[] total;
        private long read;
        private boolean tripped;

        BoundedInflation(InputStream in, long compressed, long[] total) {
            super(in);
            this.limit = Math.max(compressed, 0) * MAX_RATIO + 1024 * 1024;
            this.total = total;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            total[0] += n;
            if (read > limit || total[0] > MAX_TOTAL_BYTES) {
                tripped = true;
                throw new BombException();
            }
        }
    }
}
