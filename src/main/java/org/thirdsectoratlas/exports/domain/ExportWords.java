package org.thirdsectoratlas.exports.domain;

import java.util.Locale;
import java.util.Map;

/**
 * The words Kumu users see for element and connection types. They are the words of the import's type table
 * (the import issue), so a Kumu file exported here imports back with the same kinds and ties.
 */
public final class ExportWords {

    private static final Map<String, String> TIES = Map.of(
            "MEMBER_OF", "member of", "PARTNER_IN", "partner in", "COLLABORATES_WITH", "collaborates with",
            "SUPPORTED_BY", "supported by", "SHARES", "shares");

    private ExportWords() {
    }

    /** "Charity", "Community group", "Network", "Consortium", "Resource"... */
    public static String elementType(ExportNode node) {
        String word = switch (node.type()) {
            case "ORGANISATION" -> node.kind() == null ? "organisation" : words(node.kind());
            default -> words(node.type());
        };
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** "member of", "partner in", "collaborates with", "supported by", "shares". */
    public static String connectionType(String type) {
        return TIES.getOrDefault(type, words(type));
    }

    public static String words(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
