package org.thirdsectoratlas.organisations.domain;

import java.util.Optional;

import org.thirdsectoratlas.shared.domain.DirectoryRepository;

/** Organisations: by relevance when searching words, otherwise by name; and who each works with. */
public interface OrganisationRepository extends DirectoryRepository<Organisation, OrganisationSummary, OrganisationFilter> {

    /** Everyone the organisation works with and how; empty when the organisation does not exist. */
    Optional<Collaborators> collaborators(String id, int membersPerNetwork);
}
