package org.thirdsectoratlas.organisations.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.thirdsectoratlas.shared.domain.Provenance;

/**
 * A grant the organisation received or made (a FUNDS relationship with a grantId, from 360Giving data): the
 * other party, amount, currency, award date, programme and source.
 */
@Schema(requiredProperties = {"direction", "provenance"})
public record GrantLine(String direction, String grantId, String title, String otherId, String otherName,
                        Double amount, String currency,
                        @Schema(format = "date") String awardDate, String programmeId, String programmeName,
                        Provenance provenance) {

    public static final String RECEIVED = "RECEIVED";
    public static final String MADE = "MADE";
}
