package org.thirdsectoratlas.partners.interfaces.rest;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /api/partner-search; absent lists mean none, absent limit means 10. */
@Schema(description = "What the bid must cover and who is already in it")
public record PartnerSearchRequest(
        @Schema(description = "community ids the bid must serve", example = "[\"gypsies-and-travellers\"]")
        @Size(max = 50) List<String> communities,
        @Schema(description = "locality ids the bid must cover", example = "[\"leeds\"]")
        @Size(max = 50) List<String> localities,
        @Schema(description = "resource kinds the bid needs: PREMISES, STAFF, TRAINING, TRANSLATION, BACK_OFFICE, "
                + "EXPERTISE, EQUIPMENT", example = "[\"EXPERTISE\"]")
        @Size(max = 7) List<String> resourceKinds,
        @Schema(description = "ids of organisations already in the bid", example = "[\"leeds-gate\"]")
        @Size(max = 50) List<String> members,
        @Schema(description = "how many candidates, 1 to 50", example = "10")
        @Min(1) @Max(50) Integer limit) {
}
