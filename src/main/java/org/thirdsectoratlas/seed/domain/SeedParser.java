package org.thirdsectoratlas.seed.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Reads graph-seed/ into a {@link SeedDataset} and checks it whole before anything is written:
 * a malformed file fails here, naming file and line, and the database is never touched.
 */
public final class SeedParser {

    public static final String MANIFEST = "manifest.properties";
    /** Each row must quote the sentence of the source it comes from. */
    public static final String QUOTE_COLUMN = "sourceQuote";

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,199}");

    private final SeedSource source;

    public SeedParser(SeedSource source) {
        this.source = source;
    }

    public SeedDataset parse() {
        SeedManifest manifest = readManifest();
        List<String> schema = manifest.schemaFile() == null ? List.of() : readSchema(manifest.schemaFile());
        List<SeedNode> nodes = new ArrayList<>();
        List<SeedRelationship> relationships = new ArrayList<>();
        for (String file : manifest.files()) {
            if (file.contains("/nodes/")) {
                nodes.addAll(readNodes(file));
            } else if (file.contains("/relationships/")) {
                relationships.addAll(readRelationships(file));
            } else {
                throw new SeedFormatException(MANIFEST, 0,
                        "'" + file + "' is neither under a nodes/ nor a relationships/ folder");
            }
        }
        checkReferences(nodes, relationships);
        return new SeedDataset(manifest, schema, List.copyOf(nodes), List.copyOf(relationships));
    }

    private SeedManifest readManifest() {
        Properties p = new Properties();
        try (Reader in = source.open(MANIFEST)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String dataset = required(p, "dataset");
        int version;
        try {
            version = Integer.parseInt(required(p, "version").strip());
        } catch (NumberFormatException e) {
            throw new SeedFormatException(MANIFEST, 0, "version must be a whole number");
        }
        LocalDate publishedOn;
        try {
            publishedOn = LocalDate.parse(required(p, "publishedOn").strip());
        } catch (DateTimeParseException e) {
            throw new SeedFormatException(MANIFEST, 0, "publishedOn must be a date (YYYY-MM-DD)");
        }
        List<String> files = Arrays.stream(required(p, "files").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new SeedManifest(dataset.strip(), version, required(p, "sourceRef").strip(), publishedOn,
                p.getProperty("schema") == null ? null : p.getProperty("schema").strip(), files);
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new SeedFormatException(MANIFEST, 0, "'" + key + "' is missing");
        }
        return value;
    }

    /** Cypher statements separated by ';', with // comments dropped. */
    private List<String> readSchema(String file) {
        StringBuilder text = new StringBuilder();
        try (BufferedReader in = new BufferedReader(source.open(file))) {
            for (String line : in.lines().toList()) {
                String code = line.strip();
                if (!code.startsWith("//")) {
                    text.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Arrays.stream(text.toString().split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private List<CsvRecord> readCsv(String file) {
        try (Reader in = source.open(file)) {
            List<CsvRecord> records = CsvReader.read(file, in);
            if (records.isEmpty()) {
                throw new SeedFormatException(file, 0, "the file has no header row");
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<SeedNode> readNodes(String file) {
        String label = baseName(file);
        requireName(file, label, "label");
        List<CsvRecord> records = readCsv(file);
        Header header = Header.of(file, records.get(0), List.of("id", QUOTE_COLUMN));
        List<SeedNode> nodes = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            Map<String, Object> props = header.values(file, record);
            Object id = props.get("id");
            if (id == null || !ID.matcher(id.toString()).matches()) {
                throw new SeedFormatException(file, record.line(),
                        "id '" + (id == null ? "" : id) + "' must be letters, digits, '-', '_' or '.'");
            }
            nodes.add(new SeedNode(label, id.toString(), props, file, record.line()));
        }
        return nodes;
    }

    private List<SeedRelationship> readRelationships(String file) {
        String type = baseName(file).split("--", 2)[0];
        requireName(file, type, "relationship type");
        List<CsvRecord> records = readCsv(file);
        CsvRecord first = records.get(0);
        List<String> cells = first.fields();
        if (cells.size() < 2 || !cells.get(0).startsWith("from:") || !cells.get(1).startsWith("to:")) {
            throw new SeedFormatException(file, first.line(), "the header must start with from:<Label>,to:<Label>");
        }
        String fromLabel = cells.get(0).substring(5).strip();
        String toLabel = cells.get(1).substring(3).strip();
        requireName(file, fromLabel, "label");
        requireName(file, toLabel, "label");
        List<String> propertyCells = new ArrayList<>(cells);
        propertyCells.set(0, "from");
        propertyCells.set(1, "to");
        Header header = Header.of(file, new CsvRecord(first.line(), propertyCells), List.of(QUOTE_COLUMN));
        List<SeedRelationship> relationships = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            Map<String, Object> props = header.values(file, record);
            Object from = props.remove("from");
            Object to = props.remove("to");
            if (from == null || to == null) {
                throw new SeedFormatException(file, record.line(), "from and to are both required");
            }
            relationships.add(new SeedRelationship(type, fromLabel, from.toString(), toLabel, to.toString(),
                    props, file, record.line()));
        }
        return relationships;
    }

    private static void checkReferences(List<SeedNode> nodes, List<SeedRelationship> relationships) {
        Map<String, SeedNode> byId = new HashMap<>();
        for (SeedNode node : nodes) {
            SeedNode earlier = byId.putIfAbsent(node.id(), node);
            if (earlier != null) {
                throw new SeedFormatException(node.file(), node.line(), "id '" + node.id()
                        + "' is already used at " + earlier.file() + " line " + earlier.line());
            }
        }
        Map<String, SeedRelationship> seen = new HashMap<>();
        for (SeedRelationship rel : relationships) {
            requireEndpoint(byId, rel, rel.fromId(), rel.fromLabel(), "from");
            requireEndpoint(byId, rel, rel.toId(), rel.toLabel(), "to");
            String key = rel.type() + "|" + rel.fromId() + "|" + rel.toId();
            SeedRelationship earlier = seen.putIfAbsent(key, rel);
            if (earlier != null) {
                throw new SeedFormatException(rel.file(), rel.line(), "the same " + rel.type() + " from '"
                        + rel.fromId() + "' to '" + rel.toId() + "' is already at " + earlier.file()
                        + " line " + earlier.line());
            }
        }
    }

    private static void requireEndpoint(Map<String, SeedNode> byId, SeedRelationship rel, String id,
                                        String label, String side) {
        SeedNode node = byId.get(id);
        if (node == null || !node.label().equals(label)) {
            throw new SeedFormatException(rel.file(), rel.line(),
                    side + " '" + id + "': no " + label + " in the seed has this id");
        }
    }

    private static String baseName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        if (!name.endsWith(".csv")) {
            throw new SeedFormatException(file, 0, "seed data files must be .csv");
        }
        return name.substring(0, name.length() - 4);
    }

    private static void requireName(String file, String name, String what) {
        if (!NAME.matcher(name).matches()) {
            throw new SeedFormatException(file, 0, "'" + name + "' is not a valid " + what);
        }
    }

    /** Column names and types of one file. */
    private record Header(List<String> names, List<ColumnType> types) {

        static Header of(String file, CsvRecord record, List<String> requiredColumns) {
            List<String> names = new ArrayList<>();
            List<ColumnType> types = new ArrayList<>();
            for (String cell : record.fields()) {
                String[] parts = cell.strip().split(":", 2);
                String name = parts[0].strip();
                if (!NAME.matcher(name).matches() || names.contains(name)) {
                    throw new SeedFormatException(file, record.line(),
                            "column '" + cell + "' is not a valid, unique property name");
                }
                try {
                    types.add(parts.length == 2 ? ColumnType.fromToken(parts[1].strip()) : ColumnType.STRING);
                } catch (IllegalArgumentException e) {
                    throw new SeedFormatException(file, record.line(), e.getMessage());
                }
                names.add(name);
            }
            for (String column : requiredColumns) {
                if (!names.contains(column)) {
                    throw new SeedFormatException(file, record.line(), "the header has no '" + column + "' column");
                }
            }
            return new Header(List.copyOf(names), List.copyOf(types));
        }

        Map<String, Object> values(String file, CsvRecord record) {
            if (record.fields().size() != names.size()) {
                throw new SeedFormatException(file, record.line(), "expected " + names.size()
                        + " columns but found " + record.fields().size());
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String cell = record.fields().get(i);
                if (cell.isBlank()) {
                    continue;
                }
                try {
                    values.put(names.get(i), types.get(i).parse(cell));
                } catch (IllegalArgumentException e) {
                    throw new SeedFormatException(file, record.line(),
                            "column '" + names.get(i) + "': " + e.getMessage());
                }
            }
            if (!values.containsKey(QUOTE_COLUMN)) {
                throw new SeedFormatException(file, record.line(), "every row needs its " + QUOTE_COLUMN);
            }
            return values;
        }
    }
}
