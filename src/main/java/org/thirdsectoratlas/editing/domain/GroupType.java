package org.thirdsectoratlas.editing.domain;

/** What can be created beside organisations: the node label, and for groups the tie that joins an organisation. */
public enum GroupType {
    NETWORK("Network", TieKind.MEMBERSHIP),
    CONSORTIUM("Consortium", TieKind.PARTNERSHIP),
    CONTRACT("Contract", null);

    private final String label;
    private final TieKind tie;

    GroupType(String label, TieKind tie) {
        this.label = label;
        this.tie = tie;
    }

    public String label() {
        return label;
    }

    /** The tie from a member organisation to the group; null for contracts. */
    public TieKind tie() {
        return tie;
    }
}
