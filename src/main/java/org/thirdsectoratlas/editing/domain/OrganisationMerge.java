package org.thirdsectoratlas.editing.domain;

/** A duplicate organisation folded into the one that survives: two different organisations. */
public record OrganisationMerge(String survivor, String duplicate) {

    public OrganisationMerge {
        if (survivor.equals(duplicate)) {
            throw new InvalidEditException("duplicate", "An organisation cannot be merged into itself.");
        }
    }
}
