package org.thirdsectoratlas.consortia.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of the consortium directory; lead is the lead partner's name, or null. */
@Schema(requiredProperties = {"id", "name", "partners", "contracts"})
public record ConsortiumSummary(String id, String name, String structure, long partners, String lead,
                                long contracts) {
}
