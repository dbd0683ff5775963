package org.thirdsectoratlas.exports.interfaces.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The network map's Download menu: links to the graph export (GET /api/exports/graph) carrying the map's
 * current filters, so the file holds what the map was asked to show.
 */
@Named
@ApplicationScoped
public class MapDownloadLinks {

    /** A relative address (the map page sits at the application's root, beside api/). */
    public String href(String format, String focus, String community, String locality, String kind,
                       String network, String formality, boolean confirmedOnly) {
        List<String> query = new ArrayList<>();
        add(query, "format", format);
        add(query, "focus", focus);
        add(query, "community", community);
        add(query, "locality", locality);
        add(query, "kind", kind);
        add(query, "network", network);
        add(query, "formality", formality);
        if (confirmedOnly) {
            add(query, "confirmedOnly", "true");
        }
        return "api/exports/graph?" + String.join("&", query);
    }

    private static void add(List<String> query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
