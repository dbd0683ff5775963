package org.thirdsectoratlas.editing.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** CLAIMED → CONFIRMED → WITHDRAWN, and CLAIMED → WITHDRAWN; nothing comes back from WITHDRAWN. */
class TieTransitionTest {

    @Test
    void aClaimCanBeConfirmedOrWithdrawn() {
        assertDoesNotThrow(() -> TieTransition.CONFIRM.requireAllowedFrom("CLAIMED"));
        assertDoesNotThrow(() -> TieTransition.WITHDRAW.requireAllowedFrom("CLAIMED"));
    }

    @Test
    void aConfirmedTieCanBeWithdrawnButNotConfirmedAgain() {
        assertDoesNotThrow(() -> TieTransition.WITHDRAW.requireAllowedFrom("CONFIRMED"));
        var again = assertThrows(EditConflictException.class,
                () -> TieTransition.CONFIRM.requireAllowedFrom("CONFIRMED"));
        assertEquals("status", again.field());
        assertEquals("The tie is CONFIRMED; it cannot be confirmed now.", again.getMessage());
    }

    @Test
    void aWithdrawnTieMakesNoMoreMoves() {
        assertEquals("The tie is WITHDRAWN; it cannot be confirmed now.", assertThrows(EditConflictException.class,
                () -> TieTransition.CONFIRM.requireAllowedFrom("WITHDRAWN")).getMessage());
        assertEquals("The tie is WITHDRAWN; it cannot be withdrawn now.", assertThrows(EditConflictException.class,
                () -> TieTransition.WITHDRAW.requireAllowedFrom("WITHDRAWN")).getMessage());
    }

    @Test
    void eachMoveEndsInItsOwnStatus() {
        assertEquals("CONFIRMED", TieTransition.CONFIRM.status());
        assertEquals("WITHDRAWN", TieTransition.WITHDRAW.status());
    }
}
