package org.thirdsectoratlas.insights.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A consortium a lead partner leads, with what depends on it. */
@Schema(requiredProperties = {"id", "name", "otherPartners", "contracts"})
public record LedConsortium(String id, String name, String structure, String role, long otherPartners,
                            long contracts) {
}
