package org.thirdsectoratlas.editing.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded tie and where it stands: CLAIMED by one side, CONFIRMED by the other (or a moderator), WITHDRAWN. */
@Schema(requiredProperties = {"id", "kind", "from", "to", "status", "source", "recordedAt"})
public record Tie(String id,
                  @Schema(enumeration = {"COLLABORATION", "MEMBERSHIP", "SHARED_RESOURCE", "PARTNERSHIP"}) String kind,
                  String from, String to, String detail,
                  @Schema(enumeration = {"CLAIMED", "CONFIRMED", "WITHDRAWN"}) String status, String visibility,
                  String source, String recordedBy, @Schema(format = "date-time") String recordedAt,
                  String confirmedBy, @Schema(format = "date-time") String confirmedAt,
                  String withdrawnBy, @Schema(format = "date-time") String withdrawnAt) {
}
