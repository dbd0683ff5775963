package org.thirdsectoratlas.insights.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many ties of trust of one kind (relationship type) have one status. */
@Schema(requiredProperties = {"kind", "status", "count"})
public record TieCount(String kind, String status, long count) {
}
