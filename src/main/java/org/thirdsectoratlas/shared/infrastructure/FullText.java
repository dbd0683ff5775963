package org.thirdsectoratlas.shared.infrastructure;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns a person's search words into a Lucene query for the {@code entity_names} full-text index.
 * Every Lucene operator character is escaped, so user text can never change the query's structure;
 * the result is still passed as a $parameter. Each word must match, as a whole word or a prefix.
 */
public final class FullText {

    /** The full-text index over Organisation|Network|Consortium|Programme names, aliases and descriptions. */
    public static final String INDEX = "entity_names";

    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    private FullText() {
    }

    /** The Lucene query for the words, or null when there are none. */
    public static String query(String words) {
        if (words == null || words.isBlank()) {
            return null;
        }
        // Lowercase so that AND/OR/NOT typed by a person are words, not operators.
        return Arrays.stream(words.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .map(FullText::escape)
                .map(word -> "+(" + word + " " + word + "*)")
                .collect(Collectors.joining(" "));
    }

    static String escape(String word) {
        var out = new StringBuilder(word.length() + 8);
        for (char c : word.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
