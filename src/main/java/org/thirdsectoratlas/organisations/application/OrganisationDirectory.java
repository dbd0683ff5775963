package org.thirdsectoratlas.organisations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.organisations.domain.Organisation;
import org.thirdsectoratlas.organisations.domain.OrganisationRepository;
import org.thirdsectoratlas.organisations.domain.OrganisationSummary;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;

/** Read use cases over organisations, shared by the REST API and the explorer. */
@ApplicationScoped
public class OrganisationDirectory {

    public static final int MAX_PAGE_SIZE = 100;

    private OrganisationRepository repository;

    protected OrganisationDirectory() {
        // for CDI proxies
    }

    @Inject
    public OrganisationDirectory(OrganisationRepository repository) {
        this.repository = repository;
    }

    /** Organisations the viewer may not see are unknown to them (404, not 403). */
    public Organisation get(String id, Viewer viewer) {
        return repository.findById(id, viewer).orElseThrow(() -> new UnknownIdException("organisation", id));
    }

    public Page<OrganisationSummary> list(int page, int size, Viewer viewer) {
        return repository.list(page, Math.min(size, MAX_PAGE_SIZE), viewer);
    }
}
