package org.thirdsectoratlas.organisations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.organisations.domain.Organisation;
import org.thirdsectoratlas.organisations.domain.OrganisationRepository;
import org.thirdsectoratlas.organisations.domain.OrganisationSummary;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.UnknownIdException;

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

    public Organisation get(String id) {
        return repository.findById(id).orElseThrow(() -> new UnknownIdException("organisation", id));
    }

    public Page<OrganisationSummary> list(int page, int size) {
        return repository.list(page, Math.min(size, MAX_PAGE_SIZE));
    }
}
