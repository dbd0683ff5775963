package org.thirdsectoratlas.editing.domain;

import java.util.Set;

/**
 * Whether the caller may move a tie (confirm, withdraw). Asked inside the move's write transaction, after the
 * change log is locked, so that what it is told (the tie and who speaks for its other side) still holds when the
 * move commits. Refuses by throwing.
 */
@FunctionalInterface
public interface TiePermission {

    /** {@code otherSide}: the organisations whose members speak for the side that did not record the tie. */
    void check(Tie tie, Set<String> otherSide);
}
