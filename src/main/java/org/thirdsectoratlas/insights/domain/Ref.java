package org.thirdsectoratlas.insights.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A node named in an insight: id, name and its kind (organisation kind, network formality, locality kind...). */
@Schema(requiredProperties = {"id", "name"})
public record Ref(String id, String name, String kind) {
}
