package org.thirdsectoratlas.organisations.domain;

import java.util.List;

import org.thirdsectoratlas.shared.domain.Link;
import org.thirdsectoratlas.shared.domain.Provenance;

/**
 * An organisation's full profile: the networks, consortia and programmes it takes part in, its direct
 * collaborations, the resources it shares, the communities it supports, where it works, and the
 * infrastructure support it receives ({@code supportedBy}) or gives ({@code supporting}).
 */
public record Organisation(String id, String name, String kind, String status, String description,
                           List<String> aliases, List<String> identifiers,
                           List<NetworkMembership> networks, List<ConsortiumPartnership> consortia,
                           List<ProgrammeRole> programmes, Provenance provenance,
                           List<Collaboration> collaborations, List<Link> resources,
                           List<CommunitySupport> communities, List<Link> localities,
                           List<Link> supportedBy, List<Link> supporting) {
}
