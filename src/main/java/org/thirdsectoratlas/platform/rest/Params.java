package org.thirdsectoratlas.platform.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks raw query and path parameters. Parameters arrive as strings so that "page=abc" is a 400
 * naming the parameter rather than the 404 JAX-RS gives a failed conversion.
 */
public final class Params {

    /** Ids are slugs: letters, digits, '-', '_' and '.', at most 200 characters. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,199}");

    private Params() {
    }

    public static int integer(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                throw new InvalidParameterException(name, name + " must be between " + min + " and " + max
                        + ", not " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, name + " must be a whole number between " + min + " and "
                    + max);
        }
    }

    /** true/false (any case); absent means the fallback. */
    public static boolean bool(String name, String raw, boolean fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameterException(name, name + " must be true or false");
        };
    }

    /** Comma-separated ids (at most {@code max}); absent means none. */
    public static java.util.Set<String> ids(String name, String raw, int max) {
        if (raw == null || raw.isBlank()) {
            return java.util.Set.of();
        }
        var ids = new java.util.LinkedHashSet<String>();
        for (String part : raw.split(",")) {
            ids.add(id(name, part.strip()));
        }
        if (ids.size() > max) {
            throw new InvalidParameterException(name, name + " takes at most " + max + " ids");
        }
        return ids;
    }

    public static String id(String name, String raw) {
        if (raw == null || !ID.matcher(raw).matches()) {
            throw new InvalidParameterException(name, name + " must be an id: letters, digits, '-', '_' or '.', "
                    + "at most 200 characters");
        }
        return raw;
    }

    /** An optional id filter: null when absent, a 400 naming the parameter when malformed. */
    public static String optionalId(String name, String raw) {
        return raw == null || raw.isBlank() ? null : id(name, raw.strip());
    }

    /** An optional enum value (case-insensitive); an unknown value is a 400 listing the allowed ones. */
    public static <E extends Enum<E>> E choice(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new InvalidParameterException(name, name + " must be one of " + allowed);
        }
    }

    /** Optional search words: at most 200 characters, with at least one letter or digit to search for. */
    public static String searchText(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > 200) {
            throw new InvalidParameterException(name, name + " must be at most 200 characters");
        }
        if (raw.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new InvalidParameterException(name, name + " must contain at least one letter or digit");
        }
        return raw.strip();
    }
}
