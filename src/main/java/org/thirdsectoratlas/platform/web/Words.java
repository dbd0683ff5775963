package org.thirdsectoratlas.platform.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Plain words for the graph's enum values (kinds, formality, structures, statuses), for every page. */
@Named
@ApplicationScoped
public class Words {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);
    private static final Map<String, String> SPECIAL = Map.ofEntries(
            Map.entry("SEMI_FORMAL", "semi-formal"),
            Map.entry("INFRASTRUCTURE_BODY", "infrastructure body"),
            Map.entry("STATUTORY_BODY", "statutory body / commissioner"),
            Map.entry("COMMUNITY_GROUP", "community group"),
            Map.entry("SOCIAL_ENTERPRISE", "social enterprise"),
            Map.entry("RESEARCH_BODY", "research body"),
            Map.entry("PARTNERSHIP_OF_EQUALS", "partnership of equals"),
            Map.entry("LEAD_PARTNER", "lead partner"),
            Map.entry("NOT_SHOWN", "not shown by the graph"),
            Map.entry("AT_RISK", "at risk"),
            Map.entry("MET", "met"),
            Map.entry("UNSTATED", "not stated"),
            Map.entry("PARTICIPATES_IN", "takes part in"),
            Map.entry("RUNS", "runs"));

    /** Lower case words for an enum value; "not stated" for null or blank (EL passes null Strings as ""). */
    public static String text(String value) {
        return value == null || value.isBlank() ? "not stated"
                : SPECIAL.getOrDefault(value, value.toLowerCase().replace('_', ' '));
    }

    /** What a user typed, quoted back in a message: at most 60 characters, a longer text ends with "…". */
    public static String shortened(String typed) {
        String text = typed.strip();
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    /** The same, for EL: {@code #{words.of(org.kind())}}. */
    public String of(String value) {
        return text(value);
    }

    /** With a capital letter, for headings and table cells: {@code #{words.title('BEFORE_BIDDING')}}. */
    public String title(String value) {
        String text = text(value);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "73%" (one decimal at most), or "no figure" where the source gives none. */
    public String percent(Number value) {
        if (value == null) {
            return "no figure";
        }
        double d = value.doubleValue();
        return (d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d)) + "%";
    }

    /** When a snapshot was computed, to the minute: "25 Nov 2026, 18:25 UTC". */
    public String when(Instant instant) {
        return instant == null ? "not yet" : WHEN.format(instant);
    }
}
