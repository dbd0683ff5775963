package org.thirdsectoratlas.imports.domain;

/** A record that resembles an existing node without being certainly the same: a moderator decides (merge). */
public record PossibleDuplicate(String sheet, long row, String name, String label, String candidateId,
                                String candidateName, String reason) {
}
