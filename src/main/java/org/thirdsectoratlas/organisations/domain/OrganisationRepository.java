package org.thirdsectoratlas.organisations.domain;

import java.util.Optional;

import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.Viewer;

public interface OrganisationRepository {

    /** The organisation, if it exists and the viewer may see it (privacy tiers: VisibilityRule). */
    Optional<Organisation> findById(String id, Viewer viewer);

    /** Organisations the viewer may see, by name, one page at a time. */
    Page<OrganisationSummary> list(int page, int size, Viewer viewer);
}
