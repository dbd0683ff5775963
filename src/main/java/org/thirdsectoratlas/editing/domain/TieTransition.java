package org.thirdsectoratlas.editing.domain;

import java.util.Set;

/** The moves a recorded tie can make: the other side confirms a claim; either side withdraws. */
public enum TieTransition {
    CONFIRM("CONFIRMED", Set.of("CLAIMED")),
    WITHDRAW("WITHDRAWN", Set.of("CLAIMED", "CONFIRMED"));

    private final String status;
    private final Set<String> from;

    TieTransition(String status, Set<String> from) {
        this.status = status;
        this.from = from;
    }

    /** The status the tie has afterwards. */
    public String status() {
        return status;
    }

    /** Whether a tie in this status can make the move. */
    public boolean allowedFrom(String current) {
        return from.contains(current);
    }

    /** The move from the tie's current status, or EditConflictException when the status does not allow it. */
    public void requireAllowedFrom(String current) {
        if (!allowedFrom(current)) {
            throw new EditConflictException("status", "The tie is " + current + "; it cannot be "
                    + status.toLowerCase(java.util.Locale.ROOT) + " now.");
        }
    }

    /** The word of the URL and of the change log: "confirm", "withdraw". */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
