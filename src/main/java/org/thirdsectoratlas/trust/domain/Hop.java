package org.thirdsectoratlas.trust.domain;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One org-to-org step of a pathway, with the tie that makes it and its words.
 *
 * @param groupId        the network, consortium or resource for co-membership hops; null for direct ties
 * @param size           the group's size (1 for direct ties)
 * @param lastConfirmed  the older confirmation of the one or two relationships behind the hop; may be null
 */
@Schema(requiredProperties = {"fromId", "fromName", "toId", "toName", "kind", "size", "cost", "explanation"})
public record Hop(String fromId, String fromName, String toId, String toName, TieKind kind, String groupId,
                  String groupName, int size, Formality formality, TieStatus status, LocalDate lastConfirmed,
                  double cost, String explanation) {

    public int weakness() {
        return formality.weakness() + status.weakness();
    }
}
