package org.thirdsectoratlas.editing.domain;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a caller may write about a network: its name, description, formality and members. Members the caller
 * speaks for are recorded CONFIRMED; the others are CLAIMED until their own members confirm.
 */
public record NetworkDraft(
        @Pattern(regexp = OrganisationDraft.ID, message = "must be a lowercase slug of letters, digits and '-'")
        String id,
        @NotBlank @Size(max = 200) @Pattern(regexp = OrganisationDraft.TEXT,
                message = "must not contain control characters") String name,
        @Size(max = 2000) @Pattern(regexp = OrganisationDraft.MULTILINE_TEXT,
                message = "must not contain control characters") String description,
        @Pattern(regexp = FORMALITIES, message = "must be one of " + FORMALITIES) String formality,
        @NotNull @Size(min = 1, max = 200, message = "must name between 1 and 200 members")
        List<@NotNull @Valid Partner> members) implements GroupDraft {

    public static final String FORMALITIES = "INFORMAL|SEMI_FORMAL|FORMAL";

    @Override
    public List<Partner> partners() {
        return members;
    }

    @Override
    public String namedField() {
        return "members";
    }
}
