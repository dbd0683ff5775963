package org.thirdsectoratlas.consortia.readiness.domain;

/** What the graph can show about a consortium; the values of {@code ChecklistItem.evidence}. */
public enum Evidence {
    LEAD_AGREED, ROLES_RECORDED, ROLES_REVIEWED, SHARED_RESOURCES, REPORTING_AGREED, FINANCIAL_TRANSPARENCY,
    PRIOR_COLLABORATION, INFRASTRUCTURE_SUPPORT, SHARED_LOCALITY_OR_COMMUNITY, CONTRACTS_RECORDED,
    SMALL_ORG_SUPPORT;

    /** The evidence keys of the key risks that fall on lead partners (cash flow, costs to absorb). */
    public static final java.util.List<String> LEAD_RISKS = java.util.List.of(LEAD_AGREED.name(),
            CONTRACTS_RECORDED.name());

    /** Null for a key the code does not know (a newer seed), so the item is listed "to discuss". */
    public static Evidence of(String key) {
        for (Evidence e : values()) {
            if (e.name().equals(key)) {
                return e;
            }
        }
        return null;
    }
}
