package org.thirdsectoratlas.editing.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A tie has two sides. */
class TieClaimTest {

    @Test
    void anOrganisationCannotCollaborateWithItself() {
        var refused = assertThrows(InvalidEditException.class,
                () -> new TieClaim("COLLABORATION", "leeds-gate", "leeds-gate", null, null).requireTwoSides());
        assertEquals("to", refused.field());
        assertEquals("An organisation cannot collaborate with itself.", refused.getMessage());
    }

    @Test
    void aCollaborationWithAnotherOrganisationHasTwoSides() {
        assertDoesNotThrow(() -> new TieClaim("COLLABORATION", "leeds-gate", "age-uk-leeds", null, null)
                .requireTwoSides());
    }
}
