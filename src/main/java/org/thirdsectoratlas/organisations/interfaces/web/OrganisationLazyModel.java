package org.thirdsectoratlas.organisations.interfaces.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.thirdsectoratlas.organisations.application.OrganisationDirectory;
import org.thirdsectoratlas.organisations.domain.OrganisationSummary;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * The directory table's rows, read page by page from the OrganisationDirectory (which lists by name).
 * Name order either way is served from the pages directly. Name filtering is done here over the whole
 * list for now.
 * TODO after the api merge: pass the filter to the directory's free-text search (q) instead.
 */
public class OrganisationLazyModel extends LazyDataModel<OrganisationSummary> {

    private static final long serialVersionUID = 1L;
    private static final int CHUNK = OrganisationDirectory.MAX_PAGE_SIZE;

    private final OrganisationDirectory directory;

    public OrganisationLazyModel(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        String name = nameFilter(filterBy);
        return name == null ? (int) directory.list(0, 1, Viewer.PUBLIC).total() : matching(name).size();
    }

    @Override
    public List<OrganisationSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
        boolean descending = sortBy.values().stream().anyMatch(s -> s.getOrder() == SortOrder.DESCENDING);
        String name = nameFilter(filterBy);
        if (name != null) {
            List<OrganisationSummary> rows = new ArrayList<>(matching(name));
            if (descending) {
                Collections.reverse(rows);
            }
            return rows.subList(Math.min(first, rows.size()), Math.min(first + pageSize, rows.size()));
        }
        if (!descending) {
            return range(first, first + pageSize);
        }
        // Descending: the same rows counted from the end of the name order, reversed.
        long total = directory.list(0, 1, Viewer.PUBLIC).total();
        int to = (int) Math.max(0, total - first);
        List<OrganisationSummary> rows = new ArrayList<>(range(Math.max(0, to - pageSize), to));
        Collections.reverse(rows);
        return rows;
    }

    @Override
    public String getRowKey(OrganisationSummary organisation) {
        return organisation.id();
    }

    /** Rows [from, to) in name order, read in directory pages of CHUNK. */
    private List<OrganisationSummary> range(int from, int to) {
        List<OrganisationSummary> rows = new ArrayList<>();
        for (int page = from / CHUNK; page * CHUNK < to; page++) {
            Page<OrganisationSummary> chunk = directory.list(page, CHUNK, Viewer.PUBLIC);
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

    private List<OrganisationSummary> matching(String name) {
        String needle = name.toLowerCase(Locale.ROOT);
        return range(0, Integer.MAX_VALUE).stream()
                .filter(o -> o.name().toLowerCase(Locale.ROOT).contains(needle)).toList();
    }

    /** The one filterable column is the name. */
    private static String nameFilter(Map<String, FilterMeta> filterBy) {
        return filterBy.values().stream().map(FilterMeta::getFilterValue).filter(Objects::nonNull)
                .map(Object::toString).map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse(null);
    }
}
