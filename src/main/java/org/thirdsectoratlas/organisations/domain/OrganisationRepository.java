package org.thirdsectoratlas.organisations.domain;

import java.util.Optional;

import org.thirdsectoratlas.shared.domain.Page;

public interface OrganisationRepository {

    Optional<Organisation> findById(String id);

    /** Organisations by name, one page at a time. */
    Page<OrganisationSummary> list(int page, int size);
}
