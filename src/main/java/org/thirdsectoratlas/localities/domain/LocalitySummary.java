package org.thirdsectoratlas.localities.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of the locality list, with how many organisations and networks work there directly. */
@Schema(requiredProperties = {"id", "name", "organisations", "networks"})
public record LocalitySummary(String id, String name, String kind, long organisations, long networks) {
}
