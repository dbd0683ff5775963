package org.thirdsectoratlas.editing.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** An organisation named in a network or consortium, with its role (the graph model's lowercase words). */
public record Partner(
        @NotNull @Pattern(regexp = OrganisationDraft.ID, message = "must be an organisation id") String organisation,
        @Pattern(regexp = "[a-z][a-z_ -]{0,39}", message = "must be a lowercase word such as lead, minor, delivery")
        String role) {
}
