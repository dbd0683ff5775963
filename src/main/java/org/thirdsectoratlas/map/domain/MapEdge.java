package org.thirdsectoratlas.map.domain;

/**
 * A tie drawn on the map: MEMBER_OF, PARTNER_IN, COLLABORATES_WITH or SUPPORTED_BY, styled by formality
 * (INFORMAL, SEMI_FORMAL, FORMAL, or null when no source states it) and status (CLAIMED, CONFIRMED).
 */
public record MapEdge(String source, String target, String type, String formality, String status) {
}
