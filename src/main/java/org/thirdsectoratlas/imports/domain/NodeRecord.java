package org.thirdsectoratlas.imports.domain;

import java.util.List;
import java.util.Map;

/**
 * A node a file describes. {@code key} is how the file's own relationships name it; {@code atlasId} an id the
 * file claims in the Atlas (an Atlas export, or a Kumu ID that is one); identifiers are org-id codes.
 */
public record NodeRecord(String label, String key, String atlasId, String name, List<String> identifiers,
                         Map<String, Object> properties, Origin origin) {
}
