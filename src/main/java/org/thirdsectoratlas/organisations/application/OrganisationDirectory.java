package org.thirdsectoratlas.organisations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.organisations.domain.Collaborators;
import org.thirdsectoratlas.organisations.domain.Organisation;
import org.thirdsectoratlas.organisations.domain.OrganisationFilter;
import org.thirdsectoratlas.organisations.domain.OrganisationRepository;
import org.thirdsectoratlas.organisations.domain.OrganisationSummary;
import org.thirdsectoratlas.organisations.domain.VersionedOrganisation;
import org.thirdsectoratlas.shared.application.Directory;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;

/** Read use cases over organisations, shared by the REST API and the explorer. */
@ApplicationScoped
public class OrganisationDirectory extends Directory<Organisation, OrganisationSummary, OrganisationFilter> {

    public static final int MAX_PAGE_SIZE = PageRequest.MAX_SIZE;

    /**
     * Co-members listed per shared network in {@link #collaborators}: a hub of 500 members would otherwise
     * make every member's answer 500 rows long. The answer says which networks were capped.
     */
    public static final int MEMBERS_PER_NETWORK = 50;

    private OrganisationRepository repository;

    protected OrganisationDirectory() {
        super(null, null); // for CDI proxies
    }

    @Inject
    public OrganisationDirectory(OrganisationRepository repository) {
        super("organisation", repository);
        this.repository = repository;
    }

    public Page<OrganisationSummary> list(int page, int size, Viewer viewer) {
        return list(OrganisationFilter.NONE, new PageRequest(page, Math.min(size, MAX_PAGE_SIZE)), viewer);
    }

    /** The profile with its version; unknown (or hidden from the viewer) is an {@link UnknownIdException}. */
    public VersionedOrganisation getVersioned(String id, Viewer viewer) {
        return repository.findVersioned(id, viewer).orElseThrow(() -> new UnknownIdException("organisation", id));
    }

    /** Organisations the viewer may not see are unknown to them (404, not 403). */
    public Collaborators collaborators(String id, Viewer viewer) {
        return repository.collaborators(id, MEMBERS_PER_NETWORK, viewer)
                .orElseThrow(() -> new UnknownIdException("organisation", id));
    }
}
