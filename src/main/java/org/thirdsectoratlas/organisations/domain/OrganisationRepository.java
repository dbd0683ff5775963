package org.thirdsectoratlas.organisations.domain;

import java.util.Optional;

import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;

public interface OrganisationRepository {

    Optional<Organisation> findById(String id);

    /** Organisations matching the filter: by relevance when searching words, otherwise by name. */
    Page<OrganisationSummary> list(OrganisationFilter filter, PageRequest request);

    /** Everyone the organisation works with and how; empty when the organisation does not exist. */
    Optional<Collaborators> collaborators(String id, int membersPerNetwork);
}
