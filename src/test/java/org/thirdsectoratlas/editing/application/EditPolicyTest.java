package org.thirdsectoratlas.editing.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.editing.domain.Tie;
import org.thirdsectoratlas.editing.domain.TieTransition;
import org.thirdsectoratlas.security.domain.Caller;
import org.thirdsectoratlas.security.domain.ForbiddenException;

/** Who may move a tie: the other side confirms, either side withdraws, moderators both. */
class EditPolicyTest {

    private static final Tie CLAIM = new Tie("collaboration.leeds-gate.age-uk-leeds.1f2e3d4c", "COLLABORATION",
            "leeds-gate", "age-uk-leeds", null, "CLAIMED", "PUBLIC", "SELF_REPORTED", "member-leeds-gate",
            "2026-01-01T00:00:00Z", null, null, null, null);
    private static final Set<String> OTHER_SIDE = Set.of("age-uk-leeds");

    private static Caller memberOf(String organisation) {
        return new Caller("member-" + organisation, Set.of(Caller.MEMBER), Set.of(organisation));
    }

    private static final Caller MODERATOR = new Caller("moderator", Set.of(Caller.MODERATOR), Set.of());

    @Test
    void theOtherSideMayConfirmAndTheClaimantMayNot() {
        assertTrue(EditPolicy.canConfirm(memberOf("age-uk-leeds"), OTHER_SIDE));
        assertFalse(EditPolicy.canConfirm(memberOf("leeds-gate"), OTHER_SIDE));
        assertThrows(ForbiddenException.class, () -> EditPolicy.requireCanMove(memberOf("leeds-gate"),
                TieTransition.CONFIRM).check(CLAIM, OTHER_SIDE));
    }

    @Test
    void aModeratorMayConfirmEvenWhenNobodySpeaksForTheOtherSide() {
        assertTrue(EditPolicy.canConfirm(MODERATOR, Set.of()));
        assertDoesNotThrow(() -> EditPolicy.requireCanMove(MODERATOR, TieTransition.CONFIRM).check(CLAIM, Set.of()));
    }

    @Test
    void anAnonymousCallerConfirmsNothing() {
        assertFalse(EditPolicy.canConfirm(Caller.anonymous(), OTHER_SIDE));
    }

    @Test
    void eitherSideMayWithdrawAndAnOutsiderMayNot() {
        assertDoesNotThrow(() -> EditPolicy.requireCanMove(memberOf("leeds-gate"), TieTransition.WITHDRAW)
                .check(CLAIM, OTHER_SIDE));
        assertDoesNotThrow(() -> EditPolicy.requireCanMove(memberOf("age-uk-leeds"), TieTransition.WITHDRAW)
                .check(CLAIM, OTHER_SIDE));
        assertThrows(ForbiddenException.class, () -> EditPolicy.requireCanMove(memberOf("lassn"),
                TieTransition.WITHDRAW).check(CLAIM, OTHER_SIDE));
    }
}
