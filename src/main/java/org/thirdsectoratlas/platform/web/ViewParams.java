package org.thirdsectoratlas.platform.web;

/** View parameters arrive as raw strings from bookmarkable URLs. */
public final class ViewParams {

    private ViewParams() {
    }

    /** An absent or blank parameter means "not chosen". */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A comma-separated list parameter ("a,b") as the values a multiple-choice field shows. */
    public static java.util.List<String> split(String value) {
        return value == null ? new java.util.ArrayList<>()
                : new java.util.ArrayList<>(java.util.Arrays.stream(value.split(",")).map(String::strip)
                        .filter(v -> !v.isEmpty()).distinct().toList());
    }

    /** The inverse of {@link #split}: null for no values, so the parameter leaves the address. */
    public static String join(java.util.Collection<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }
}
