package org.thirdsectoratlas.partners.domain;

import java.util.List;

/** What a bid must cover and who is already in it. */
public record PartnerSearch(List<String> communities, List<String> localities, List<String> resourceKinds,
                            List<String> members, int limit) {

    public PartnerSearch {
        communities = List.copyOf(communities);
        localities = List.copyOf(localities);
        resourceKinds = List.copyOf(resourceKinds);
        members = List.copyOf(members);
    }
}
