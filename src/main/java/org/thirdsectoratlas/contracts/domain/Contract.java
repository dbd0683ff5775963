package org.thirdsectoratlas.contracts.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.thirdsectoratlas.shared.domain.Link;
import org.thirdsectoratlas.shared.domain.Provenance;

/**
 * A contract a commissioner let, and the consortia or organisations delivering it
 * (kind = "Consortium" or "Organisation").
 *
 * @param value     GBP, null when not known
 * @param startDate ISO-8601 date, null when not known
 */
@Schema(requiredProperties = {"id", "name", "deliveredBy", "provenance"})
public record Contract(String id, String name, String description, Double value, @Schema(format = "date") String startDate,
                       @Schema(format = "date") String endDate,
                       Link commissioner, List<Link> deliveredBy, Provenance provenance) {
}
