package org.thirdsectoratlas.hsds.domain;

import java.util.Map;

/**
 * An org-id style identifier (org-id.guide) split into its scheme and the register's own value:
 * {@code GB-CHC-225863} is scheme {@code GB-CHC}, value {@code 225863}. The scheme is the first two
 * hyphen-separated parts, as every org-id list code is (country or XI, then the list).
 *
 * @param label a human-readable name of the scheme (HSDS identifier_type)
 */
public record OrgId(String code, String scheme, String value, String label) {

    private static final Map<String, String> LABELS = Map.of(
            "GB-CHC", "Charity Commission for England and Wales registration number",
            "GB-COH", "Companies House company number",
            "GB-SC", "Scottish Charity Register number",
            "GB-NIC", "Charity Commission for Northern Ireland registration number",
            "GB-MPR", "Mutuals Public Register number",
            "XI-ATLAS", "Third Sector Atlas identifier for an unregistered group");

    /** The parts of an identifier; one without two parts before a value is kept whole as its own scheme. */
    public static OrgId parse(String code) {
        String[] parts = code.split("-", 3);
        if (parts.length < 3 || parts[2].isEmpty()) {
            return new OrgId(code, null, code, "Identifier");
        }
        String scheme = parts[0] + "-" + parts[1];
        return new OrgId(code, scheme, parts[2], LABELS.getOrDefault(scheme, scheme + " (org-id.guide)"));
    }
}
