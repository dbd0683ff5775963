package org.thirdsectoratlas.organisations.interfaces.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.organisations.application.OrganisationDirectory;
import org.thirdsectoratlas.organisations.domain.OrganisationSummary;

/** The organisation directory page. */
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
        var page = directory.list(0, OrganisationDirectory.MAX_PAGE_SIZE);
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
