package org.thirdsectoratlas.organisations.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every organisation one organisation works with, grouped per organisation.
 *
 * @param membersPerNetwork    at most this many co-members are listed per network, and at most this many
 *                             organisations per direction of infrastructure support
 * @param truncatedNetworks    the networks with more co-members than that, and how many were left out
 * @param truncatedSupport     the directions of infrastructure support (SUPPORTS, SUPPORTED_BY) with more
 *                             organisations than that, and how many were left out
 */
@Schema(requiredProperties = {"id", "name", "membersPerNetwork", "collaborators", "truncatedNetworks", "truncatedSupport"})
public record Collaborators(String id, String name, int membersPerNetwork, List<Collaborator> collaborators,
                            List<TruncatedNetwork> truncatedNetworks, List<TruncatedSupport> truncatedSupport) {

    /** A network whose co-members were capped. */
    @Schema(requiredProperties = {"id", "name", "coMembers", "omitted"})
    public record TruncatedNetwork(String id, String name, long coMembers, long omitted) {
    }

    /** Infrastructure support in one direction (the tie type) whose organisations were capped. */
    @Schema(requiredProperties = {"type", "organisations", "omitted"})
    public record TruncatedSupport(String type, long organisations, long omitted) {
    }
}
