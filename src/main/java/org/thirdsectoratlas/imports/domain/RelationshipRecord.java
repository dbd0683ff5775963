package org.thirdsectoratlas.imports.domain;

import java.util.Map;

/**
 * A relationship a file describes between two of its nodes (by their keys). {@code grantId} tells grants apart:
 * one funder may give the same recipient several grants, each its own FUNDS relationship.
 */
public record RelationshipRecord(String type, String fromKey, String toKey, String grantId,
                                 Map<String, Object> properties, Origin origin) {
}
