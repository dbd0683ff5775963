package org.thirdsectoratlas.exports.domain;

/**
 * A tie of an exported graph.
 *
 * @param type          MEMBER_OF, PARTNER_IN, COLLABORATES_WITH, SUPPORTED_BY or SHARES (GEXF's edge kind)
 * @param formality     as the map styles it: INFORMAL, SEMI_FORMAL, FORMAL, or null when unstated
 * @param status        CLAIMED or CONFIRMED
 * @param lastConfirmed ISO date, when known
 * @param role          a consortium partner's (or network member's) role, when stated
 * @param detail        what a collaboration is about, or the kind of resource shared
 */
public record ExportEdge(String source, String target, String type, String formality, String status,
                         String lastConfirmed, String role, String detail) {

    /** COLLABORATES_WITH is read in both directions; the other ties point from the member or sharer. */
    public boolean directed() {
        return !"COLLABORATES_WITH".equals(type);
    }
}
