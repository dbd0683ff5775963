package org.thirdsectoratlas.hsds.domain;

import java.util.UUID;

/**
 * The Atlas's own small taxonomy for what HSDS 3.0 has no field for (the gap Open Referral's issue 597
 * describes): an organisation's networks, its consortia with the partner's role, and the programmes it takes
 * part in. Each is an HSDS {@code attribute} of the organisation whose term is one of these and whose
 * {@code value} is the Atlas id of the network, consortium or programme (GET /api/networks/{value}, ...).
 * docs/data-exchange.md lists the terms.
 */
public enum AtlasTaxonomy {

    NETWORK_MEMBER("network-member", "Network member", "Member of the network named by the value (an Atlas network id)."),
    CONSORTIUM_PARTNER("consortium-partner", "Consortium partner",
            "Partner in the consortium named by the value (an Atlas consortium id); no source states its role."),
    CONSORTIUM_LEAD("consortium-lead", "Consortium lead partner",
            "Lead partner of the consortium named by the value: holds the contract and manages the others."),
    CONSORTIUM_MINOR("consortium-minor", "Consortium minor partner",
            "Minor partner in the consortium named by the value."),
    CONSORTIUM_SUBCONTRACTOR("consortium-subcontractor", "Consortium subcontractor",
            "Subcontracted by the consortium named by the value."),
    CONSORTIUM_EQUAL("consortium-equal", "Consortium equal partner",
            "Equal partner in the consortium named by the value."),
    CONSORTIUM_MANAGER("consortium-manager", "Consortium manager",
            "Manages the consortium named by the value."),
    PROGRAMME_PARTICIPANT("programme-participant", "Programme participant",
            "Takes part in the programme named by the value (an Atlas programme id), run or led by others.");

    public static final String NAME = "Third Sector Atlas relationships";
    public static final String VERSION = "1";
    public static final String DESCRIPTION = "Ties of an organisation that HSDS 3.0 has no field for: its networks, "
            + "its consortia with the partner's role, and the programmes it takes part in.";

    private final String code;
    private final String label;
    private final String description;

    AtlasTaxonomy(String code, String label, String description) {
        this.code = code;
        this.label = label;
        this.description = description;
    }

    /** The term for a consortium partner's role (lead, minor, subcontractor, equal, manager; null = unstated). */
    public static AtlasTaxonomy consortiumRole(String role) {
        if (role == null) {
            return CONSORTIUM_PARTNER;
        }
        return switch (role.toLowerCase(java.util.Locale.ROOT)) {
            case "lead" -> CONSORTIUM_LEAD;
            case "minor" -> CONSORTIUM_MINOR;
            case "subcontractor" -> CONSORTIUM_SUBCONTRACTOR;
            case "equal" -> CONSORTIUM_EQUAL;
            case "manager" -> CONSORTIUM_MANAGER;
            default -> CONSORTIUM_PARTNER;
        };
    }

    public static UUID taxonomyId() {
        return StableUuid.of("taxonomy", "relationships");
    }

    public UUID termId() {
        return StableUuid.of("taxonomy-term", code);
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
