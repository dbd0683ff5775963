package org.thirdsectoratlas.editing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A merge folds one organisation into another. */
class OrganisationMergeTest {

    @Test
    void anOrganisationCannotBeMergedIntoItself() {
        var refused = assertThrows(InvalidEditException.class, () -> new OrganisationMerge("leeds-gate", "leeds-gate"));
        assertEquals("duplicate", refused.field());
        assertEquals("An organisation cannot be merged into itself.", refused.getMessage());
    }

    @Test
    void twoOrganisationsMerge() {
        OrganisationMerge merge = new OrganisationMerge("voluntary-action-leeds", "val-duplicate");
        assertEquals("voluntary-action-leeds", merge.survivor());
        assertEquals("val-duplicate", merge.duplicate());
    }
}
