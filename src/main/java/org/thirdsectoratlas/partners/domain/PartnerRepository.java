package org.thirdsectoratlas.partners.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

public interface PartnerRepository {

    /** The ids among these that no node of that label has ({@code label}: Community, Locality or Organisation). */
    Set<String> unknown(String label, Collection<String> ids);

    /** Every organisation that covers at least one wanted item, with what it covers. */
    List<OrganisationCoverage> coverage(PartnerSearch search);

    record OrganisationCoverage(String id, String name, Coverage covers) {
    }
}
