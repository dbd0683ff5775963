package org.thirdsectoratlas.insights.domain;

/** A node named in an insight: id, name and its kind (organisation kind, network formality, locality kind...). */
public record Ref(String id, String name, String kind) {
}
