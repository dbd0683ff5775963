package org.thirdsectoratlas.contracts.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of the contract list; commissioner is the commissioner's name. */
@Schema(requiredProperties = {"id", "name", "deliverers"})
public record ContractSummary(String id, String name, Double value, @Schema(format = "date") String startDate,
                              @Schema(format = "date") String endDate,
                              String commissioner, long deliverers) {
}
