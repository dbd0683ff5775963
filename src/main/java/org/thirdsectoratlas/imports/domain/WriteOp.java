package org.thirdsectoratlas.imports.domain;

import java.util.Map;

/** One write a plan holds: a node or relationship to create, or one an import created to update. */
public record WriteOp(Kind kind, String label, String id, String type, String fromLabel, String fromId,
                      String toLabel, String toId, String elementId, Map<String, Object> properties,
                      String sourceRef) {

    public enum Kind { CREATE_NODE, UPDATE_NODE, CREATE_RELATIONSHIP, UPDATE_RELATIONSHIP }

    public boolean isNode() {
        return kind == Kind.CREATE_NODE || kind == Kind.UPDATE_NODE;
    }
}
