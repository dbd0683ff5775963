package org.thirdsectoratlas.imports.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Kumu's spreadsheet layout: an Elements sheet (Label required; ID, Type, Description, Tags, ...) and a
 * Connections sheet (From, To, Type, Label, ...). A sheet named "(ignore)" is skipped; a sheet of another name
 * is read by its header (Label: elements; From and To: connections). From/To name elements by ID, then by
 * Label; several targets are separated by '|'. Every refused row is reported.
 */
public final class KumuSheets implements SheetVisitor {

    private enum Role { ELEMENTS, CONNECTIONS, SKIP }

    /** Which relationships may join which labels (docs/graph-model.md), and the one a blank Type means. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "COLLABORATES_WITH", Set.of("Organisation>Organisation"),
            "MEMBER_OF", Set.of("Organisation>Network"),
            "PARTNER_IN", Set.of("Organisation>Consortium"),
            "SHARES", Set.of("Organisation>Resource", "Network>Resource"),
            "SUPPORTED_BY", Set.of("Network>Organisation", "Organisation>Organisation"),
            "FUNDS", Set.of("Organisation>Organisation", "Organisation>Network", "Organisation>Programme"),
            "SUPPORTS", Set.of("Organisation>Community", "Network>Community"),
            "OPERATES_IN", Set.of("Organisation>Locality", "Network>Locality"));
    private static final Map<String, String> IMPLIED = Map.of(
            "Organisation>Organisation", "COLLABORATES_WITH", "Organisation>Network", "MEMBER_OF",
            "Organisation>Consortium", "PARTNER_IN", "Organisation>Resource", "SHARES",
            "Network>Resource", "SHARES", "Organisation>Community", "SUPPORTS", "Network>Community", "SUPPORTS",
            "Organisation>Locality", "OPERATES_IN", "Network>Locality", "OPERATES_IN");
    private static final Map<String, String> DETAIL = Map.of("COLLABORATES_WITH", "kind", "MEMBER_OF", "role",
            "PARTNER_IN", "role", "SHARES", "kind");

    private record Connection(String from, String to, String type, String label, Origin origin) {
    }

    private final String tieStatus;
    private final Map<String, NodeRecord> elements = new LinkedHashMap<>();
    private final Map<String, String> byLabel = new HashMap<>();
    private final List<Connection> connections = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();
    private final Map<String, Long> skipped = new LinkedHashMap<>();
    private final String csvSheet;
    private TableSheet sheet;
    private Role role;

    /** {@code csvSheet}: for a CSV file, "elements" or "connections" when the caller says; else by header. */
    public KumuSheets(String tieStatus, String csvSheet) {
        this.tieStatus = tieStatus;
        this.csvSheet = csvSheet;
    }

    @Override
    public boolean startSheet(String name) {
        sheet = new TableSheet(name);
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (n.contains("(ignore)")) {
            skipped.merge("sheets named (ignore)", 1L, Long::sum);
            return false;
        }
        role = n.equals("elements") ? Role.ELEMENTS : n.equals("connections") ? Role.CONNECTIONS : null;
        if (role == null && csvSheet != null) {
            role = "connections".equalsIgnoreCase(csvSheet) ? Role.CONNECTIONS
                    : "elements".equalsIgnoreCase(csvSheet) ? Role.ELEMENTS : null;
        }
        return true;
    }

    @Override
    public void row(long rowNumber, List<String> cells) {
        if (role == Role.SKIP) {
            return;
        }
        if (TableSheet.blank(cells)) {
            if (sheet.hasHeader()) {
                skipped.merge("empty rows", 1L, Long::sum);
            }
            return;
        }
        if (!sheet.hasHeader()) {
            header(rowNumber, cells);
            return;
        }
        Origin origin = new Origin(sheet.name(), rowNumber);
        if (role == Role.ELEMENTS) {
            element(origin, cells);
        } else {
            connection(origin, cells);
        }
    }

    private void header(long rowNumber, List<String> cells) {
        sheet.header(cells);
        if (role == null) {
            role = sheet.has("From") && sheet.has("To") ? Role.CONNECTIONS
                    : sheet.has("Label") ? Role.ELEMENTS : Role.SKIP;
        }
        List<String> required = role == Role.ELEMENTS ? List.of("Label")
                : role == Role.CONNECTIONS ? List.of("From", "To") : List.of();
        if (role == Role.SKIP) {
            errors.add(new RowError(sheet.name(), rowNumber, null, null, "The sheet is neither Elements (a Label "
                    + "column) nor Connections (From and To columns); rename it '(ignore)' to skip it."));
        }
        for (String column : required) {
            if (!sheet.has(column)) {
                errors.add(new RowError(sheet.name(), rowNumber, column, null,
                        "The header has no '" + column + "' column."));
                role = Role.SKIP;
            }
        }
    }

    private void element(Origin origin, List<String> cells) {
        String label = sheet.cell(cells, "Label");
        if (label.isEmpty()) {
            errors.add(RowError.of(origin, "Label", "", "Every element needs a Label."));
            return;
        }
        String typeText = sheet.cell(cells, "Type");
        KumuTypes.ElementType type;
        if (typeText.isEmpty()) {
            type = new KumuTypes.ElementType("Organisation", null);
        } else {
            var known = KumuTypes.element(typeText);
            if (known.isEmpty()) {
                errors.add(RowError.of(origin, "Type", typeText, "Unknown element type '" + typeText
                        + "' (see the type table in docs/data-exchange.md)."));
                return;
            }
            type = known.get();
        }
        String id = sheet.cell(cells, "ID");
        String key = id.isEmpty() ? "label:" + Names.normalise(label) : "id:" + id;
        if (elements.containsKey(key)) {
            Origin earlier = elements.get(key).origin();
            errors.add(RowError.of(origin, id.isEmpty() ? "Label" : "ID", id.isEmpty() ? label : id,
                    (id.isEmpty() ? "The label" : "The ID") + " is already used at " + earlier.sheet() + " row "
                            + earlier.row() + "."));
            return;
        }
        Map<String, Object> props = new LinkedHashMap<>();
        if (type.kind() != null) {
            props.put("kind", type.kind());
        }
        String description = sheet.cell(cells, "Description");
        if (!description.isEmpty()) {
            props.put("description", description);
        }
        List<String> tags = split(sheet.cell(cells, "Tags"));
        if (!tags.isEmpty()) {
            props.put("tags", tags);
        }
        String website = sheet.cell(cells, "Website");
        if (!website.isEmpty()) {
            props.put("website", website);
        }
        Set<String> identifiers = new LinkedHashSet<>();
        for (String column : List.of("Identifier", "Identifiers", "org-id")) {
            for (String value : split(sheet.cell(cells, column))) {
                var canonical = OrgIds.canonical(value);
                if (canonical.isEmpty()) {
                    errors.add(RowError.of(origin, column, value, "'" + value
                            + "' is not an org-id identifier (e.g. GB-CHC-225863)."));
                    return;
                }
                identifiers.add(canonical.get());
            }
        }
        OrgIds.fromCharityNumber(sheet.cell(cells, "Charity Number")).ifPresent(identifiers::add);
        OrgIds.fromCompanyNumber(sheet.cell(cells, "Company Number")).ifPresent(identifiers::add);
        NodeRecord record = new NodeRecord(type.label(), key, id.isEmpty() ? null : id, label,
                List.copyOf(identifiers), props, origin);
        elements.put(key, record);
        byLabel.putIfAbsent(Names.normalise(label), key);
    }

    private void connection(Origin origin, List<String> cells) {
        String from = sheet.cell(cells, "From");
        String to = sheet.cell(cells, "To");
        if (from.isEmpty() || to.isEmpty()) {
            errors.add(RowError.of(origin, from.isEmpty() ? "From" : "To", "",
                    "Every connection needs From and To."));
            return;
        }
        for (String f : split(from)) {
            for (String t : split(to)) {
                connections.add(new Connection(f, t, sheet.cell(cells, "Type"), sheet.cell(cells, "Label"), origin));
            }
        }
    }

    private static List<String> split(String cell) {
        return cell.isEmpty() ? List.of()
                : Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Resolves connections to elements (the Elements sheet may come after Connections) and builds the records. */
    public ParsedFile result(String note) {
        List<RelationshipRecord> relationships = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Connection c : connections) {
            NodeRecord from = find(c.from());
            NodeRecord to = find(c.to());
            if (from == null || to == null) {
                String side = from == null ? "From" : "To";
                String value = from == null ? c.from() : c.to();
                errors.add(RowError.of(c.origin(), side, value, side + " '" + value
                        + "' names no element (by ID or Label) in this file."));
                continue;
            }
            String ends = from.label() + ">" + to.label();
            String type;
            if (c.type().isEmpty()) {
                type = IMPLIED.get(ends);
                if (type == null) {
                    errors.add(RowError.of(c.origin(), "Type", "", "No connection Type, and none is implied from "
                            + from.label() + " to " + to.label() + "."));
                    continue;
                }
            } else {
                var known = KumuTypes.connection(c.type());
                if (known.isEmpty()) {
                    errors.add(RowError.of(c.origin(), "Type", c.type(), "Unknown connection type '" + c.type()
                            + "' (see the type table in docs/data-exchange.md)."));
                    continue;
                }
                type = known.get().type();
            }
            if (!ALLOWED.get(type).contains(ends)) {
                errors.add(RowError.of(c.origin(), "Type", c.type().isEmpty() ? type : c.type(), type
                        + " cannot join " + from.label() + " '" + from.name() + "' to " + to.label() + " '"
                        + to.name() + "'."));
                continue;
            }
            if (!seen.add(type + "|" + from.key() + "|" + to.key())) {
                errors.add(RowError.of(c.origin(), "From", c.from(), "The same " + type + " from '" + c.from()
                        + "' to '" + c.to() + "' is already in the file."));
                continue;
            }
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("status", type.equals("FUNDS") ? "CONFIRMED" : tieStatus);
            if (!c.label().isEmpty() && DETAIL.containsKey(type)) {
                props.put(DETAIL.get(type), c.label());
            }
            relationships.add(new RelationshipRecord(type, from.key(), to.key(), null, props, c.origin()));
        }
        return new ParsedFile(List.copyOf(elements.values()), relationships, List.copyOf(errors),
                Map.copyOf(skipped), note);
    }

    private NodeRecord find(String name) {
        NodeRecord byId = elements.get("id:" + name);
        if (byId != null) {
            return byId;
        }
        String key = byLabel.get(Names.normalise(name));
        return key == null ? null : elements.get(key);
    }
}
