package org.thirdsectoratlas.exports.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.thirdsectoratlas.map.domain.MapFilter;

/**
 * A file name that says what a download holds: the Atlas, the city's dataset, the filters and the day,
 * e.g. {@code third-sector-atlas-leeds-community-sex-workers-2026-12-07.gexf}. Filter values are checked
 * ids or enum words, so the name needs no escaping; it is kept short enough for every file system.
 */
public final class ExportFileName {

    private static final int MAX_FILTER_PART = 120;

    private ExportFileName() {
    }

    public static String of(String city, GraphSelection selection, LocalDate day, ExportFormat format) {
        List<String> parts = new ArrayList<>();
        MapFilter f = selection.filter();
        add(parts, "focus", selection.focus());
        if (selection.focus() != null) {
            parts.add("radius-" + selection.radius());
        }
        add(parts, "community", f.community());
        add(parts, "locality", f.locality());
        add(parts, "kind", f.kind());
        add(parts, "network", f.network());
        add(parts, "formality", f.formality());
        if (f.confirmedOnly()) {
            parts.add("confirmed");
        }
        String filters = String.join("-", parts).toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (filters.length() > MAX_FILTER_PART) {
            filters = filters.substring(0, MAX_FILTER_PART);
        }
        String name = "third-sector-atlas-" + clean(city) + (filters.isEmpty() ? "" : "-" + filters) + "-" + day;
        return name + "." + format.extension();
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "-" + value);
        }
    }

    private static String clean(String city) {
        String c = city == null ? "" : city.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return c.isEmpty() ? "graph" : c;
    }
}
