package org.thirdsectoratlas.generator.domain;

import java.util.Map;

/** A generated node: its label, stable id and properties (provenance besides recordedAt included). */
public record GeneratedNode(String label, String id, Map<String, Object> properties) {
}
