package org.thirdsectoratlas.organisations.interfaces.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.data.PageEvent;
import org.primefaces.event.data.SortEvent;
import org.thirdsectoratlas.organisations.application.OrganisationDirectory;
import org.thirdsectoratlas.platform.rest.InvalidParameterException;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.platform.web.PageMessages;
import org.thirdsectoratlas.platform.web.ViewParams;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * The organisation directory page: a lazy table, read a page at a time. Its state is the address, so a view
 * of the directory can be bookmarked: organisations.xhtml?name=leeds&amp;page=2&amp;rows=10&amp;order=desc. Paging,
 * sorting or filtering in the page rewrites the address ({@link #remember}). The explorer shows what the
 * public may see (Viewer.PUBLIC).
 */
@Named
@ViewScoped
public class OrganisationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_NAME = OrganisationLazyModel.MAX_WORDS;
    /** The table's rows-per-page choices; the first address parameter outside them is a 400. */
    public static final List<Integer> ROWS = List.of(10, 25, 50, 100);
    private static final int DEFAULT_ROWS = 25;

    private OrganisationDirectory directory;
    private OrganisationLazyModel organisations;
    private String name;
    private String page;
    private String rowsParam;
    private String order;
    private int rows = DEFAULT_ROWS;
    private int first;
    private boolean descending;
    private long total;

    protected OrganisationsView() {
        // for CDI proxies
    }

    @Inject
    public OrganisationsView(OrganisationDirectory directory) {
        this.directory = directory;
    }

    /** Called once the view parameters are set (f:viewAction). */
    public void load() {
        organisations = new OrganisationLazyModel(directory);
        total = directory.list(0, 1, Viewer.PUBLIC).total();
        if (name != null && name.length() > MAX_NAME) {
            name = null;
            PageMessages.badRequest("'name' can be at most " + MAX_NAME + " characters.");
            return;
        }
        try {
            rows = Params.integer("rows", rowsParam, DEFAULT_ROWS, ROWS.get(0), ROWS.get(ROWS.size() - 1));
            if (!ROWS.contains(rows)) {
                throw new InvalidParameterException("rows", "rows must be one of " + ROWS);
            }
            first = (Params.integer("page", page, 1, 1, 100_000) - 1) * rows;
            descending = switch (order == null ? "asc" : order) {
                case "asc" -> false;
                case "desc" -> true;
                default -> throw new InvalidParameterException("order", "order must be asc or desc");
            };
        } catch (InvalidParameterException e) {
            rows = DEFAULT_ROWS;
            first = 0;
            PageMessages.badRequest(e.getMessage() + ".");
        }
    }

    /** After paging, sorting or filtering: hands the page the address of what the table now shows. */
    public void remember(AjaxBehaviorEvent event) {
        // The event carries what it changes; the table holds the rest.
        DataTable table = (DataTable) event.getComponent();
        int size = event instanceof PageEvent p && p.getRowsPerPage() != null ? p.getRowsPerPage() : table.getRows();
        int page = event instanceof PageEvent p ? p.getPage() : table.getFirst() / size;
        boolean desc = OrganisationLazyModel.descending(
                event instanceof SortEvent s ? s.getSortBy() : table.getSortByAsMap());
        Map<String, String> state = new LinkedHashMap<>();
        state.put("name", OrganisationLazyModel.words(table.getFilterByAsMap()));
        state.put("page", page == 0 ? null : String.valueOf(page + 1));
        state.put("rows", size == DEFAULT_ROWS ? null : String.valueOf(size));
        state.put("order", desc ? "desc" : null);
        PrimeFaces.current().ajax().addCallbackParam("bookmark", address(state));
    }

    static String address(Map<String, String> state) {
        String query = state.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&"));
        return "organisations.xhtml" + (query.isEmpty() ? "" : "?" + query);
    }

    public OrganisationLazyModel getOrganisations() {
        return organisations;
    }

    /** All organisations, whatever the filter. */
    public long getTotal() {
        return total;
    }

    public int getRows() {
        return rows;
    }

    public int getFirst() {
        return first;
    }

    /** The Name column's initial sort, from ?order=. */
    public String getSortOrder() {
        return descending ? "desc" : "asc";
    }

    public String getRowsTemplate() {
        return ROWS.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    // view parameters
    public String getName() { return name; }
    public void setName(String name) { this.name = ViewParams.blankToNull(name); }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = ViewParams.blankToNull(page); }
    public String getRowsParam() { return rowsParam; }
    public void setRowsParam(String rows) { this.rowsParam = ViewParams.blankToNull(rows); }
    public String getOrder() { return order; }
    public void setOrder(String order) { this.order = ViewParams.blankToNull(order); }
}
