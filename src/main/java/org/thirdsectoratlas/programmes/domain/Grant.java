package org.thirdsectoratlas.programmes.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.thirdsectoratlas.shared.domain.Link;
import org.thirdsectoratlas.shared.domain.Provenance;

/**
 * A grant made under a programme: one FUNDS relationship from the funder to the recipient carrying the
 * 360Giving grant's id and the programme's id (docs/graph-model.md).
 *
 * @param amount    the amount awarded, or null when the record gives none
 * @param awardDate YYYY-MM-DD, or null
 */
@Schema(requiredProperties = {"funder", "recipient", "provenance"})
public record Grant(String grantId, String title, Double amount, String currency,
                    @Schema(format = "date") String awardDate,
                    Link funder, Link recipient, Provenance provenance) {
}
