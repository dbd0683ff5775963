package org.thirdsectoratlas.insights.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A community × locality pair. */
@Schema(requiredProperties = {"community", "locality"})
public record CellKey(String community, String locality) {
}
