package org.thirdsectoratlas.partners.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.thirdsectoratlas.shared.domain.Viewer;

public interface PartnerRepository {

    /**
     * The ids among these that no node of that label has, or that the viewer may not see ({@code label}:
     * Community, Locality or Organisation).
     */
    Set<String> unknown(String label, Collection<String> ids, Viewer viewer);

    /** Every organisation the viewer may see that covers a wanted item, with what it covers by visible ties. */
    List<OrganisationCoverage> coverage(PartnerSearch search, Viewer viewer);

    record OrganisationCoverage(String id, String name, Coverage covers) {
    }
}
