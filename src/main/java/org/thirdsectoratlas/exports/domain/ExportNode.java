package org.thirdsectoratlas.exports.domain;

import java.util.List;

/**
 * A node of an exported graph: an organisation, network, consortium or shared resource.
 *
 * @param type        ORGANISATION, NETWORK, CONSORTIUM or RESOURCE
 * @param kind        an organisation's or resource's kind; null for networks and consortia
 * @param formality   a network's formality, FORMAL for consortia; null when unstated
 * @param status      an organisation's own status (ACTIVE, FORMER), when recorded
 * @param identifiers org-id identifiers (GB-CHC-…, GB-COH-…)
 * @param communities names of the communities it supports (ties the viewer may see)
 * @param localities  names of the localities it works in
 * @param degree      its ties in the whole graph as the map counts them (sizes the node)
 */
public record ExportNode(String id, String label, String type, String kind, String formality, String status,
                         String sizeBand, String description, List<String> identifiers, List<String> communities,
                         List<String> localities, long degree) {

    public ExportNode {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        communities = communities == null ? List.of() : List.copyOf(communities);
        localities = localities == null ? List.of() : List.copyOf(localities);
    }

    public String colour() {
        return MapPalette.colour(type, kind);
    }

    public double size() {
        return MapPalette.size(degree);
    }
}
