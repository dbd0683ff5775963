package org.thirdsectoratlas.organisations.domain;

import java.util.Optional;

import org.thirdsectoratlas.shared.domain.DirectoryRepository;
import org.thirdsectoratlas.shared.domain.Viewer;

/** Organisations: by relevance when searching words, otherwise by name; and who each works with. */
public interface OrganisationRepository extends DirectoryRepository<Organisation, OrganisationSummary, OrganisationFilter> {

    /**
     * Everyone the organisation works with and how, through the ties the viewer may see; empty when the
     * organisation does not exist or is hidden from the viewer.
     */
    Optional<Collaborators> collaborators(String id, int membersPerNetwork, Viewer viewer);

    /** As {@link #findById}, with the organisation's version read in the same transaction. */
    Optional<VersionedOrganisation> findVersioned(String id, Viewer viewer);
}
