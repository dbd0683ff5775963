package org.thirdsectoratlas.generator.domain;

import java.util.Map;

/** A generated relationship between two nodes named by label and id. */
public record GeneratedTie(String type, String fromLabel, String fromId, String toLabel, String toId,
                           Map<String, Object> properties) {
}
