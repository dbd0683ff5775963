package org.thirdsectoratlas.organisations.domain;

/**
 * What a directory search asks for; every field is optional (null = no filter).
 *
 * @param text        search words over names, aliases and descriptions
 * @param locality    works in this locality or a place within it
 * @param supportedBy supported by this (infrastructure) organisation: pages through a hub's whole
 *                    {@link Organisation#supporting()} list, which the profile caps
 */
public record OrganisationFilter(String text, String community, String locality, OrganisationKind kind,
                                 String network, String consortium, String supportedBy) {

    public static final OrganisationFilter NONE = new OrganisationFilter(null, null, null, null, null, null);

    /** Without the infrastructure-support filter, as most callers ask. */
    public OrganisationFilter(String text, String community, String locality, OrganisationKind kind,
                              String network, String consortium) {
        this(text, community, locality, kind, network, consortium, null);
    }
}
