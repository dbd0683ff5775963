package org.thirdsectoratlas.imports.domain;

import java.util.Map;

/** A relationship already in the graph between two planned ends. */
public record ExistingRelationship(String elementId, boolean imported, Map<String, Object> properties) {
}
