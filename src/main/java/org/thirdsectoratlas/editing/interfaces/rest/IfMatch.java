package org.thirdsectoratlas.editing.interfaces.rest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thirdsectoratlas.platform.rest.InvalidParameterException;

/** Reads the version out of an If-Match header carrying an organisation's strong ETag ("v7"). */
final class IfMatch {

    /** The header as the API document describes it (a weak ETag is refused with a 400 when read). */
    static final String PATTERN = "^(W/)?\"v[0-9]+\"$";

    private static final Pattern ETAG = Pattern.compile("\\s*\"v(\\d{1,18})\"\\s*");

    private IfMatch() {
    }

    /** Updates must say which version they change: no header is a 428 problem. */
    static long required(String header) {
        if (header == null || header.isBlank()) {
            throw new Missing();
        }
        return parse(header);
    }

    static Long optional(String header) {
        return header == null || header.isBlank() ? null : parse(header);
    }

    /** No If-Match on an update: a 428 problem. */
    static final class Missing extends RuntimeException {
        Missing() {
            super("Send If-Match with the ETag of the version you edited (GET the organisation first); "
                    + "this is how concurrent edits are detected.");
        }
    }

    private static long parse(String header) {
        Matcher m = ETAG.matcher(header);
        if (!m.matches()) {
            throw new InvalidParameterException("If-Match", "If-Match must be one strong ETag such as \"v3\"");
        }
        return Long.parseLong(m.group(1));
    }
}
