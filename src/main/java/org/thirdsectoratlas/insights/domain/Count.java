package org.thirdsectoratlas.insights.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many nodes have a value ("UNSTATED" when the property is absent). */
@Schema(requiredProperties = {"key", "count"})
public record Count(String key, long count) {
}
