package org.thirdsectoratlas.seed.domain;

import java.util.Map;

/** A node row of a seed file: its label, stable id and the properties the seed owns. */
public record SeedNode(String label, String id, Map<String, Object> properties, String file, int line) {
}
