package org.thirdsectoratlas.shared.infrastructure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * A directory list as Cypher fragments: how to match every item ({@code all}) or full-text matches
 * ({@code search}, may be null), the filters, the page (gets $skip and $limit) and the count (returns
 * {@code total}). Only these constant fragments are joined; user input always travels as parameters.
 */
public record ListQuery(String all, String search, String filters, String page, String count) {

    /** A list without full-text search. */
    public static ListQuery of(String match, String page, String count) {
        return new ListQuery(match, null, "", page, count);
    }

    /** The page and the total for the search words (null = none), in one read transaction so they agree. */
    public <T> Page<T> run(Graph graph, String words, Map<String, Object> params, PageRequest request,
                           Viewer viewer, Function<Record, T> row) {
        String q = search == null ? null : FullText.query(words);
        String match = q == null ? all : search;
        Map<String, Object> counted = VisibilityRule.with(params, viewer);
        counted.put("q", q);
        Map<String, Object> paged = new HashMap<>(counted);
        paged.put("skip", request.skip());
        paged.put("limit", request.size());
        return graph.read(tx -> {
            List<T> items = tx.run(match + filters + page, paged).list(row::apply);
            long total = tx.run(match + filters + count, counted).single().get("total").asLong();
            return request.of(items, total);
        });
    }

    /** Parameters from name/value pairs; unlike Map.of, values may be null (a null filter does not filter). */
    public static Map<String, Object> params(Object... namesAndValues) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            params.put((String) namesAndValues[i], value instanceof Enum<?> e ? e.name() : value);
        }
        return params;
    }
}
