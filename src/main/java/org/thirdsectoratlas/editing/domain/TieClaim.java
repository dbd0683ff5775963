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
        @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9_ -]*", message = "must be letters, digits, '_', '-' or spaces")
        String detail,
        @Pattern(regexp = OrganisationDraft.VISIBILITIES, message = "must be one of " + OrganisationDraft.VISIBILITIES)
        String visibility) {

    public TieKind tieKind() {
        return TieKind.valueOf(kind);
    }
}
