package org.thirdsectoratlas.seed.domain;

import java.util.Map;

/** A relationship row of a seed file, between two nodes named by label and id. */
public record SeedRelationship(String type, String fromLabel, String fromId, String toLabel, String toId,
                               Map<String, Object> properties, String file, int line) {
}
