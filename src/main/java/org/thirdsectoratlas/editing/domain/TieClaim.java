package org.thirdsectoratlas.editing.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One side records a tie: organisation {@code from} collaborates with / is a member of / shares / is a partner in
 * {@code to}.
 */
public record TieClaim(
        @NotNull @Pattern(regexp = "COLLABORATION|MEMBERSHIP|SHARED_RESOURCE|PARTNERSHIP",
                message = "must be COLLABORATION, MEMBERSHIP, SHARED_RESOURCE or PARTNERSHIP") String kind,
        @NotNull @Pattern(regexp = OrganisationDraft.ID, message = "must be an organisation id") String from,
        @NotNull @Pattern(regexp = OrganisationDraft.ID, message = "must be an id") String to,
        @Size(max = DETAIL_LIMIT, message = "must be at most " + DETAIL_LIMIT + " characters")
        @Pattern(regexp = OrganisationDraft.TEXT, message = "must be printable text: no control characters such as tabs or new lines")
        String detail,
        @Pattern(regexp = OrganisationDraft.VISIBILITIES, message = "must be one of " + OrganisationDraft.VISIBILITIES)
        String visibility) {

    /** Free text (a role, a kind of collaboration, what is shared): any printable text, escaped where shown. */
    public static final int DETAIL_LIMIT = 100;

    public TieKind tieKind() {
        return TieKind.valueOf(kind);
    }

    /** A tie joins two sides: an organisation does not collaborate with itself. */
    public void requireTwoSides() {
        if (tieKind() == TieKind.COLLABORATION && from.equals(to)) {
            throw new InvalidEditException("to", "An organisation cannot collaborate with itself.");
        }
    }
}
