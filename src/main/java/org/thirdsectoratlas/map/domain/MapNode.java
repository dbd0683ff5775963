package org.thirdsectoratlas.map.domain;

/**
 * A node drawn on the network map.
 *
 * @param type      ORGANISATION, NETWORK or CONSORTIUM
 * @param kind      the organisation's kind, or null for networks and consortia
 * @param formality a network's formality; FORMAL for consortia; null when unstated
 * @param degree    how many ties it has in the whole graph (sizes the node)
 */
public record MapNode(String id, String label, String type, String kind, String formality, long degree) {
}
