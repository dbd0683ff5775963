package org.thirdsectoratlas.resources.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of the resource list, with how many organisations and networks share it. */
@Schema(requiredProperties = {"id", "name", "sharers"})
public record ResourceSummary(String id, String name, String kind, long sharers) {
}
