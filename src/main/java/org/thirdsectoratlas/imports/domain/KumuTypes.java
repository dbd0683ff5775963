package org.thirdsectoratlas.imports.domain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Kumu element and connection types to Atlas labels, kinds and relationships: case-insensitive, spacing and
 * punctuation ignored, with the synonyms infrastructure bodies use. docs/data-exchange.md prints this table.
 */
public final class KumuTypes {

    /** An Atlas node label, and the organisation kind when the label is Organisation. */
    public record ElementType(String label, String kind) {
    }

    /** An Atlas relationship; {@code detail} is the property a Kumu connection's Label fills (a partner's role). */
    public record ConnectionType(String type, String detail) {
    }

    public static final Map<String, ElementType> ELEMENTS = new LinkedHashMap<>();
    public static final Map<String, ConnectionType> CONNECTIONS = new LinkedHashMap<>();

    static {
        element("Organisation", "CHARITY", "charity", "registered charity", "charitable organisation", "cio",
                "voluntary organisation", "vcse", "third sector organisation", "organisation", "organization",
                "nonprofit", "non-profit", "ngo");
        element("Organisation", "COMMUNITY_GROUP", "community group", "grassroots group", "community organisation",
                "group", "voluntary group", "faith group", "mutual aid group");
        element("Organisation", "SOCIAL_ENTERPRISE", "social enterprise", "cic", "community interest company",
                "co-operative", "cooperative");
        element("Organisation", "INFRASTRUCTURE_BODY", "infrastructure body", "infrastructure organisation",
                "cvs", "council for voluntary service", "umbrella body", "support organisation");
        element("Organisation", "FUNDER", "funder", "grant maker", "grantmaker", "foundation", "trust",
                "community foundation");
        element("Organisation", "STATUTORY_BODY", "statutory body", "commissioner", "local authority", "council",
                "nhs", "public body", "public sector", "icb", "government");
        element("Organisation", "RESEARCH_BODY", "research body", "university", "research organisation");
        element("Network", null, "network", "informal network", "forum", "partnership", "alliance", "coalition");
        element("Consortium", null, "consortium", "consortia", "formal consortium");
        element("Resource", null, "resource", "shared resource", "asset", "venue", "equipment", "service");
        element("Community", null, "community", "community of interest", "beneficiary group", "population");
        element("Locality", null, "locality", "place", "area", "ward", "neighbourhood", "city", "region");

        connection("COLLABORATES_WITH", null, "collaborates with", "collaboration", "collaborates",
                "works with", "partner", "partners with", "relationship", "connection", "link");
        connection("MEMBER_OF", null, "member of", "member", "membership", "belongs to");
        connection("PARTNER_IN", "role", "partner in", "consortium partner", "partner of", "lead partner",
                "delivery partner");
        connection("SHARES", "kind", "shares", "shares resource", "provides", "offers");
        connection("SUPPORTED_BY", null, "supported by", "hosted by", "backed by");
        connection("FUNDS", null, "funds", "funder of", "funded", "grant", "grants to");
        connection("SUPPORTS", null, "supports a community", "supports", "serves", "works with community",
                "supports community");
        connection("OPERATES_IN", null, "operates in", "works in", "based in", "located in", "covers");
    }

    private KumuTypes() {
    }

    private static void element(String label, String kind, String... names) {
        for (String name : names) {
            ELEMENTS.put(key(name), new ElementType(label, kind));
        }
    }

    private static void connection(String type, String detail, String... names) {
        for (String name : names) {
            CONNECTIONS.put(key(name), new ConnectionType(type, detail));
        }
    }

    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    public static Optional<ElementType> element(String type) {
        return Optional.ofNullable(ELEMENTS.get(key(type)));
    }

    public static Optional<ConnectionType> connection(String type) {
        return Optional.ofNullable(CONNECTIONS.get(key(type)));
    }
}
