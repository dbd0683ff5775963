package org.thirdsectoratlas.organisations.interfaces.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.thirdsectoratlas.organisations.application.OrganisationDirectory;
import org.thirdsectoratlas.organisations.domain.OrganisationFilter;
import org.thirdsectoratlas.organisations.domain.OrganisationSummary;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * The directory table's rows, read a page at a time from the OrganisationDirectory. The filter box is the
 * directory's full-text search (the API's {@code q}: names, aliases and descriptions, every word as a word or
 * a prefix), so the database does the filtering; matches come best first, then by name, and without words
 * everything comes by name. Descending order is the same list read from its end.
 */
public class OrganisationLazyModel extends LazyDataModel<OrganisationSummary> {

    private static final long serialVersionUID = 1L;
    private static final int CHUNK = OrganisationDirectory.MAX_PAGE_SIZE;
    /** As the API's q: longer text is not searched. */
    static final int MAX_WORDS = 200;

    private final OrganisationDirectory directory;

    public OrganisationLazyModel(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        OrganisationFilter filter = filter(filterBy);
        return filter == null ? 0 : (int) page(filter, 0, 1).total();
    }

    @Override
    public List<OrganisationSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
        OrganisationFilter filter = filter(filterBy);
        if (filter == null) {
            return List.of();
        }
        if (!descending(sortBy)) {
            return first % pageSize == 0 ? page(filter, first / pageSize, pageSize).items()
                    : range(filter, first, first + pageSize);
        }
        // Descending: the same rows counted from the end of the list, reversed.
        long total = page(filter, 0, 1).total();
        int to = (int) Math.max(0, total - first);
        List<OrganisationSummary> rows = new ArrayList<>(range(filter, Math.max(0, to - pageSize), to));
        Collections.reverse(rows);
        return rows;
    }

    @Override
    public String getRowKey(OrganisationSummary organisation) {
        return organisation.id();
    }

    static boolean descending(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream().anyMatch(s -> s.getOrder() == SortOrder.DESCENDING);
    }

    /** The search words typed in the one filterable column (the name), or null for none. */
    static String words(Map<String, FilterMeta> filterBy) {
        return filterBy.values().stream().map(FilterMeta::getFilterValue).filter(Objects::nonNull)
                .map(Object::toString).map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse(null);
    }

    /** The directory filter for the words; null when they cannot match anything (no letter or digit). */
    private static OrganisationFilter filter(Map<String, FilterMeta> filterBy) {
        String words = words(filterBy);
        if (words == null) {
            return OrganisationFilter.NONE;
        }
        if (words.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return null;
        }
        return new OrganisationFilter(words.length() > MAX_WORDS ? words.substring(0, MAX_WORDS) : words,
                null, null, null, null, null);
    }

    private Page<OrganisationSummary> page(OrganisationFilter filter, int page, int size) {
        return directory.list(filter, new PageRequest(page, size), Viewer.PUBLIC);
    }

    /** Rows [from, to) of the filtered list, read in directory pages of CHUNK. */
    private List<OrganisationSummary> range(OrganisationFilter filter, int from, int to) {
        List<OrganisationSummary> rows = new ArrayList<>();
        for (int page = from / CHUNK; page * CHUNK < to; page++) {
            Page<OrganisationSummary> chunk = page(filter, page, CHUNK);
            int start = page * CHUNK;
            for (int i = 0; i < chunk.items().size(); i++) {
                if (start + i >= from && start + i < to) {
                    rows.add(chunk.items().get(i));
                }
            }
            if (chunk.items().size() < CHUNK) {
                break;
            }
        }
        return rows;
    }
}
