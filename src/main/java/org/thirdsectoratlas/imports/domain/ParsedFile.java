package org.thirdsectoratlas.imports.domain;

import java.util.List;

/**
 * What a reader made of a file: records to match and write, the rows it refused, and the rows it skipped on
 * purpose (grants to individuals, empty rows), counted by reason.
 */
public record ParsedFile(List<NodeRecord> nodes, List<RelationshipRecord> relationships, List<RowError> errors,
                         java.util.Map<String, Long> skipped, String note) {
}
