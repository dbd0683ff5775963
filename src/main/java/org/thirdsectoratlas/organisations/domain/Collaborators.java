package org.thirdsectoratlas.organisations.domain;

import java.util.List;

/**
 * Every organisation one organisation works with, grouped per organisation.
 *
 * @param membersPerNetwork    at most this many co-members are listed per network
 * @param truncatedNetworks    the networks with more co-members than that, and how many were left out
 */
public record Collaborators(String id, String name, int membersPerNetwork, List<Collaborator> collaborators,
                            List<TruncatedNetwork> truncatedNetworks) {

    /** A network whose co-members were capped. */
    public record TruncatedNetwork(String id, String name, long coMembers, long omitted) {
    }
}
