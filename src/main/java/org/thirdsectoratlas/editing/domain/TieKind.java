package org.thirdsectoratlas.editing.domain;

/**
 * The ties an organisation can record, with the graph relationship each becomes (docs/graph-model.md).
 * The relationship type and target label come from here, never from the request.
 */
public enum TieKind {
    COLLABORATION("COLLABORATES_WITH", "Organisation", "kind"),
    MEMBERSHIP("MEMBER_OF", "Network", "role"),
    SHARED_RESOURCE("SHARES", "Resource", "detail"),
    PARTNERSHIP("PARTNER_IN", "Consortium", "role");

    private final String type;
    private final String targetLabel;
    private final String detailProperty;

    TieKind(String type, String targetLabel, String detailProperty) {
        this.type = type;
        this.targetLabel = targetLabel;
        this.detailProperty = detailProperty;
    }

    /** The relationship property the claim's free 'detail' goes to (the graph model's word for it). */
    public String detailProperty() {
        return detailProperty;
    }

    /** The kind whose relationship type this is. */
    public static TieKind ofType(String type) {
        for (TieKind kind : values()) {
            if (kind.type.equals(type)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(type);
    }

    public String type() {
        return type;
    }

    public String targetLabel() {
        return targetLabel;
    }
}
