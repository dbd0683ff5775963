package org.thirdsectoratlas.imports.domain;

import java.util.List;
import java.util.Map;

/** A node already in the graph, as matching needs it; properties only for nodes an import created. */
public record ExistingNode(String label, String id, String name, List<String> aliases, List<String> identifiers,
                           boolean imported, Map<String, Object> properties) {
}
