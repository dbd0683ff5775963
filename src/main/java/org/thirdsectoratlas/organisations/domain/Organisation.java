package org.thirdsectoratlas.organisations.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.thirdsectoratlas.shared.domain.Link;
import org.thirdsectoratlas.shared.domain.Provenance;

/**
 * An organisation's full profile: the networks, consortia and programmes it takes part in, its direct
 * collaborations, the resources it shares, the communities it supports, where it works, and the
 * infrastructure support it receives ({@code supportedBy}) or gives ({@code supporting}).
 * <p>
 * An infrastructure body can support thousands of organisations, so {@code supportedBy} and {@code supporting}
 * hold at most {@link #SUPPORT_LISTED} entries each; {@code supportedByTotal} and {@code supportingTotal} count
 * all of them (only what the viewer may see). {@code supportedBy} is ordered by name then id; {@code supporting}
 * lists networks first, then organisations, each by name then id. The rest page through
 * {@code GET /api/organisations?supportedBy={id}}. {@code grants} lists the grants (360Giving) it received and
 * made, newest award first.
 */
@Schema(requiredProperties = {"id", "name", "aliases", "identifiers", "networks", "consortia", "programmes", "provenance", "collaborations", "resources", "communities", "localities", "supportedBy", "supporting", "supportedByTotal", "supportingTotal", "grants"})
public record Organisation(String id, String name, String kind, String status, String description,
                           List<String> aliases, List<String> identifiers,
                           List<NetworkMembership> networks, List<ConsortiumPartnership> consortia,
                           List<ProgrammeRole> programmes, Provenance provenance,
                           List<Collaboration> collaborations, List<Link> resources,
                           List<CommunitySupport> communities, List<Link> localities,
                           List<Link> supportedBy, List<Link> supporting,
                           long supportedByTotal, long supportingTotal, List<GrantLine> grants) {

    /** At most this many entries in {@code supportedBy} and in {@code supporting}. */
    public static final int SUPPORT_LISTED = 50;
}
