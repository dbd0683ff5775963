package org.thirdsectoratlas.editing.domain;

import java.util.Set;

/**
 * A live tie (CLAIMED or CONFIRMED) listed with the organisations whose members speak for its other side, so that
 * whether a caller may confirm it is decided without asking the graph again.
 */
public record LiveTie(Tie tie, Set<String> otherSide) {

    public LiveTie {
        otherSide = Set.copyOf(otherSide);
    }
}
