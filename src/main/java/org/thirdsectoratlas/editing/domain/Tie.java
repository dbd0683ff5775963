package org.thirdsectoratlas.editing.domain;

/** A recorded tie and where it stands: CLAIMED by one side, CONFIRMED by the other (or a moderator), WITHDRAWN. */
public record Tie(String id, String kind, String from, String to, String detail, String status, String visibility,
                  String source, String recordedBy, String recordedAt, String confirmedBy, String confirmedAt,
                  String withdrawnBy, String withdrawnAt) {
}
