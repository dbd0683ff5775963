package org.thirdsectoratlas.imports.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** org-id.guide identifiers the Atlas matches organisations by (GB-CHC-, GB-COH-, GB-SC-, GB-NIC- and others). */
public final class OrgIds {

    private static final Pattern ORG_ID = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{2,8})?-[A-Za-z0-9][A-Za-z0-9._/-]*");
    private static final Pattern CHARITY_NUMBER = Pattern.compile("[0-9]{5,8}(-[0-9]+)?");

    private OrgIds() {
    }

    /** The identifier in canonical form (scheme in capitals), or empty when it is not an org-id. */
    public static Optional<String> canonical(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        int last = v.lastIndexOf('-');
        if (last <= 0) {
            return Optional.empty();
        }
        String candidate = v.substring(0, last).toUpperCase(Locale.ROOT) + v.substring(last);
        return ORG_ID.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }

    /** A registered charity number (England and Wales) as its org-id. */
    public static Optional<String> fromCharityNumber(String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        String n = number.strip();
        if (n.toUpperCase(Locale.ROOT).startsWith("SC")) {
            return Optional.of("GB-SC-" + n.toUpperCase(Locale.ROOT));
        }
        return CHARITY_NUMBER.matcher(n).matches() ? Optional.of("GB-CHC-" + n) : Optional.empty();
    }

    /** A Companies House number as its org-id (eight characters, zero-padded). */
    public static Optional<String> fromCompanyNumber(String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        String n = number.strip().toUpperCase(Locale.ROOT);
        if (!n.matches("[A-Z0-9]{1,8}")) {
            return Optional.empty();
        }
        return Optional.of("GB-COH-" + "0".repeat(8 - n.length()) + n);
    }
}
