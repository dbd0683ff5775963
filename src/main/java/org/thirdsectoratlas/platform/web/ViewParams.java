package org.thirdsectoratlas.platform.web;

/** View parameters arrive as raw strings from bookmarkable URLs. */
public final class ViewParams {

    private ViewParams() {
    }

    /** An absent or blank parameter means "not chosen". */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
