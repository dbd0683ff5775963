package org.thirdsectoratlas.editing.domain;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a caller may write about an organisation; every field is checked before anything reaches the
 * graph. Free text may contain any printable character (it is data, escaped on output); ids, codes and
 * enums are held to their exact shapes.
 */
public record OrganisationDraft(
        @Pattern(regexp = ID, message = "must be a lowercase slug of letters, digits and '-'") String id,
        @NotBlank @Size(max = 200) @Pattern(regexp = TEXT, message = "must not contain control characters")
        String name,
        @NotNull @Pattern(regexp = KINDS, message = "must be one of " + KINDS) String kind,
        @Size(max = 2000) @Pattern(regexp = MULTILINE_TEXT, message = "must not contain control characters")
        String description,
        @Size(max = 20) List<@NotNull @Pattern(regexp = IDENTIFIER,
                message = "must be an org-id code such as GB-CHC-1234567 or XI-ATLAS-<slug>") String> identifiers,
        @Size(max = 300) @Pattern(regexp = WEBSITE, message = "must be an http(s) address") String website,
        @Pattern(regexp = SIZE_BANDS, message = "must be one of " + SIZE_BANDS) String sizeBand,
        @Size(max = 50) List<@NotNull @Pattern(regexp = ID, message = "must be community ids") String> communities,
        @Size(max = 50) List<@NotNull @Pattern(regexp = ID, message = "must be locality ids") String> localities,
        @Pattern(regexp = VISIBILITIES, message = "must be one of " + VISIBILITIES) String visibility) {

    public static final String ID = "[a-z0-9][a-z0-9-]{0,99}";
    public static final String TEXT = "[^\\p{Cntrl}]*";
    public static final String MULTILINE_TEXT = "[^\\p{Cntrl}]*|(?s)[^\\x00-\\x09\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
    public static final String KINDS =
            "CHARITY|COMMUNITY_GROUP|SOCIAL_ENTERPRISE|INFRASTRUCTURE_BODY|FUNDER|STATUTORY_BODY|RESEARCH_BODY";
    public static final String IDENTIFIER = "GB-(CHC|COH|SC|NIC)-[A-Z0-9]{1,12}|XI-ATLAS-[a-z0-9-]{1,100}";
    public static final String WEBSITE = "https?://[^\\s<>\"'`]{1,290}";
    /** The NCVO Almanac size bands by annual income. */
    public static final String SIZE_BANDS = "MICRO|SMALL|MEDIUM|LARGE|MAJOR|SUPER_MAJOR";
    public static final String VISIBILITIES = "PUBLIC|PARTNERS|PRIVATE";

    public OrganisationDraft {
        identifiers = identifiers == null ? List.of() : identifiers;
        communities = communities == null ? List.of() : communities;
        localities = localities == null ? List.of() : localities;
    }

    public String visibilityOrDefault() {
        return visibility == null ? "PUBLIC" : visibility;
    }
}
