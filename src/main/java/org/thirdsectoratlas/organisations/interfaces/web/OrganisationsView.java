package org.thirdsectoratlas.organisations.interfaces.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.organisations.application.OrganisationDirectory;
import org.thirdsectoratlas.platform.web.PageMessages;
import org.thirdsectoratlas.platform.web.ViewParams;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * The organisation directory page: a lazy table, read a page at a time. organisations.xhtml?name=leeds
 * opens it filtered. The explorer has no login yet, so its pages show what the public may see (Viewer.PUBLIC).
 */
@Named
@ViewScoped
public class OrganisationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_NAME = 200;

    private OrganisationDirectory directory;
    private OrganisationLazyModel organisations;
    private String name;
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
        if (name != null && name.length() > MAX_NAME) {
            name = null;
            PageMessages.badRequest("'name' can be at most " + MAX_NAME + " characters.");
        }
        organisations = new OrganisationLazyModel(directory);
        total = directory.list(0, 1, Viewer.PUBLIC).total();
    }

    public OrganisationLazyModel getOrganisations() {
        return organisations;
    }

    /** All organisations, whatever the filter. */
    public long getTotal() {
        return total;
    }

    // view parameter
    public String getName() { return name; }
    public void setName(String name) { this.name = ViewParams.blankToNull(name); }
}
