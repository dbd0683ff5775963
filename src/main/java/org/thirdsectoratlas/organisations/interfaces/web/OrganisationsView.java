package org.thirdsectoratlas.organisations.interfaces.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.organisations.application.OrganisationDirectory;
import org.thirdsectoratlas.organisations.domain.OrganisationSummary;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.domain.Viewer;

/** The organisation directory page (the explorer has no login yet, so it shows what the public may see). */
@Named
@ViewScoped
public class OrganisationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OrganisationDirectory directory;

    private List<OrganisationSummary> organisations;
    private long total;

    @PostConstruct
    void load() {
        var page = directory.list(0, OrganisationDirectory.MAX_PAGE_SIZE, Viewer.PUBLIC);
        organisations = page.items();
        total = page.total();
    }

    public List<OrganisationSummary> getOrganisations() {
        return organisations;
    }

    public long getTotal() {
        return total;
    }
}
