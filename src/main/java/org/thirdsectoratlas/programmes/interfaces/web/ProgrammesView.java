package org.thirdsectoratlas.programmes.interfaces.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.platform.rest.InvalidParameterException;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.platform.web.PageMessages;
import org.thirdsectoratlas.platform.web.ViewParams;
import org.thirdsectoratlas.programmes.application.ProgrammeDirectory;
import org.thirdsectoratlas.programmes.domain.ProgrammeFilter;
import org.thirdsectoratlas.programmes.domain.ProgrammeSummary;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * The programme directory: programmes.xhtml?q=holidays&amp;page=2 (page from 1, 20 a page). Its state is
 * the address, like the organisation directory's; a bad parameter is a message and a 400.
 */
@Named
@RequestScoped
public class ProgrammesView {

    static final int ROWS = PageRequest.DEFAULT_SIZE;

    private ProgrammeDirectory directory;
    private String q;
    private String page;
    private Page<ProgrammeSummary> programmes = new Page<>(List.of(), 0, ROWS, 0);

    protected ProgrammesView() {
        // for CDI proxies
    }

    @Inject
    public ProgrammesView(ProgrammeDirectory directory) {
        this.directory = directory;
    }

    /** Called once the view parameters are set (f:viewAction). */
    public void load() {
        try {
            String words = Params.searchText("q", q);
            int number = Params.integer("page", page, 1, 1, 100_000);
            programmes = directory.list(new ProgrammeFilter(words), new PageRequest(number - 1, ROWS), Viewer.PUBLIC);
        } catch (InvalidParameterException e) {
            PageMessages.badRequest(e.getMessage());
        }
    }

    public Page<ProgrammeSummary> getProgrammes() {
        return programmes;
    }

    /** The 1-based number of the page shown. */
    public int getNumber() {
        return programmes.page() + 1;
    }

    public boolean isMore() {
        return (long) (programmes.page() + 1) * programmes.size() < programmes.total();
    }

    /** The address of page {@code number} of the same search, its words URL-encoded. */
    public String address(int number) {
        return "programmes.xhtml?page=" + number
                + (q == null ? "" : "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    // view parameters
    public String getQ() { return q; }
    public void setQ(String q) { this.q = ViewParams.blankToNull(q); }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = ViewParams.blankToNull(page); }
}
