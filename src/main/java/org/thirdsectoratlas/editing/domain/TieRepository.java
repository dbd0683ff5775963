package org.thirdsectoratlas.editing.domain;

import java.util.Optional;

/** Ties claimed by one side, confirmed by the other, withdrawn by either; each move recorded as a change. */
public interface TieRepository {

    Tie claim(TieClaim claim, String user);

    /** The tie, if the privacy rule lets this viewer see it. */
    Optional<Tie> tie(String tieId, org.thirdsectoratlas.shared.domain.Viewer viewer);

    /**
     * Live ties (CLAIMED or CONFIRMED) recorded from or addressed to these organisations, newest first, each with
     * who speaks for its other side; with {@code allClaimed}, also every CLAIMED tie (a moderator's queue).
     */
    java.util.List<LiveTie> liveTies(java.util.Set<String> organisations, boolean allClaimed, int limit);

    /**
     * Moves the tie on (confirm, withdraw) in one write transaction: UnknownIdException if the viewer cannot see
     * it, then the permission (asked after the change log is locked), then EditConflictException if its status
     * does not allow the move.
     */
    Tie transition(String tieId, TieTransition transition, org.thirdsectoratlas.shared.domain.Viewer viewer,
                   String user, TiePermission permission);
}
