package org.thirdsectoratlas.imports.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record that resembles an existing node without being certainly the same: a moderator decides (merge). */
@Schema(requiredProperties = {"row", "name", "label", "candidateId", "candidateName", "reason"})
public record PossibleDuplicate(String sheet, long row, String name, String label, String candidateId,
                                String candidateName, String reason) {
}
