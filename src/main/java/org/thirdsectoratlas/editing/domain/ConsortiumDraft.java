package org.thirdsectoratlas.editing.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a caller may write about a consortium: its structure, its lead and the other partners with their roles.
 * The lead's role follows the structure (lead, manager for an umbrella, equal for a partnership of equals);
 * partners' roles must be the structure's words (docs/graph-model.md, ConsortiumStructure.roles).
 */
public record ConsortiumDraft(
        @Pattern(regexp = OrganisationDraft.ID, message = "must be a lowercase slug of letters, digits and '-'")
        String id,
        @NotBlank @Size(max = 200) @Pattern(regexp = OrganisationDraft.TEXT,
                message = "must not contain control characters") String name,
        @Size(max = 2000) @Pattern(regexp = OrganisationDraft.MULTILINE_TEXT,
                message = "must not contain control characters") String description,
        @Pattern(regexp = STRUCTURES, message = "must be one of " + STRUCTURES) String structure,
        @NotNull @Pattern(regexp = OrganisationDraft.ID, message = "must be an organisation id") String lead,
        @Size(max = 200) List<@NotNull @Valid Partner> partners) implements GroupDraft {

    public static final String STRUCTURES = "LEAD_PARTNER|UMBRELLA|PARTNERSHIP_OF_EQUALS";

    private static final Map<String, Set<String>> ROLES = Map.of(
            "LEAD_PARTNER", Set.of("lead", "minor", "subcontractor"),
            "UMBRELLA", Set.of("manager", "delivery"),
            "PARTNERSHIP_OF_EQUALS", Set.of("equal"));

    /** The lead's role in the graph: the structure's word for it. */
    public String leadRole() {
        return switch (structure == null ? "" : structure) {
            case "UMBRELLA" -> "manager";
            case "PARTNERSHIP_OF_EQUALS" -> "equal";
            default -> "lead";
        };
    }

    /** Everyone named, the lead first with its role. */
    @Override
    public List<Partner> named() {
        List<Partner> all = new ArrayList<>();
        all.add(new Partner(lead, leadRole()));
        all.addAll(partners == null ? List.of() : partners);
        return all;
    }

    @Override
    public String namedField() {
        return "partners";
    }

    /** The lead is not named again, only the lead has the lead's role, and roles are the structure's words. */
    public void requireRolesFitStructure() {
        Set<String> allowed = structure == null ? null : ROLES.get(structure);
        for (Partner p : partners == null ? List.<Partner>of() : partners) {
            if (p.organisation().equals(lead)) {
                throw new InvalidEditException("partners", "The lead '" + lead + "' is named again as a partner.");
            }
            if ("lead".equals(p.role()) || "manager".equals(p.role()) && "UMBRELLA".equals(structure)) {
                throw new InvalidEditException("partners", "Only the lead has the role '" + p.role() + "'.");
            }
            if (allowed != null && p.role() != null && !allowed.contains(p.role())) {
                throw new InvalidEditException("partners", "The role '" + p.role() + "' is not one of the "
                        + structure + " structure's roles " + allowed + ".");
            }
        }
    }
}
