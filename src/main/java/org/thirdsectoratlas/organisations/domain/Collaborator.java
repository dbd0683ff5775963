package org.thirdsectoratlas.organisations.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation another works with, and every tie between them. */
@Schema(requiredProperties = {"id", "name", "ties"})
public record Collaborator(String id, String name, String kind, List<Tie> ties) {

    /**
     * One way two organisations are linked.
     *
     * @param type      COLLABORATION, SHARED_NETWORK, CONSORTIUM_PARTNER, SHARED_RESOURCE, SUPPORTED_BY
     *                  (the collaborator supports this organisation) or SUPPORTS (this organisation supports it)
     * @param via       the network, consortium or resource the tie goes through; null for direct ties
     * @param kind      the collaboration's kind or the resource's kind, when there is one
     * @param formality INFORMAL, SEMI_FORMAL or FORMAL; consortium partnership is FORMAL; null when not known
     * @param status    CONFIRMED only when every relationship in the tie is confirmed, else CLAIMED
     * @param roles     consortium roles: this organisation's, then the collaborator's (null where unstated)
     * @param explained the tie in words, e.g. "both members of Leeds Solidarity Network"
     */
    @Schema(name = "CollaboratorTie", requiredProperties = {"type", "status", "explained"})
    public record Tie(String type, Via via, String kind, String formality, String status, List<String> roles,
                      String explained) {
    }

    /** The network, consortium or resource a tie goes through. */
    @Schema(requiredProperties = {"id", "name"})
    public record Via(String id, String name) {
    }
}
