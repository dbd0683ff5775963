package org.thirdsectoratlas.shared.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a fact comes from and how fresh it is; every node and relationship carries one.
 *
 * @param source        RESEARCH, SELF_REPORTED, CONTRACT, IMPORT or GENERATED
 * @param sourceRef     the publication, contract or import the fact comes from
 * @param sourceQuote   the sentence of the source that states it, where there is one
 * @param recordedAt    when it entered the graph (ISO-8601)
 * @param lastConfirmed when it was last confirmed (ISO-8601 date)
 * @param status        for ties: CLAIMED, CONFIRMED or WITHDRAWN; null for nodes
 */
@Schema(requiredProperties = {"source", "recordedAt"})
public record Provenance(String source, String sourceRef, String sourceQuote,
                         @Schema(format = "date-time") String recordedAt,
                         @Schema(format = "date") String lastConfirmed,
                         @Schema(enumeration = {"CLAIMED", "CONFIRMED", "WITHDRAWN"}) String status) {
}
