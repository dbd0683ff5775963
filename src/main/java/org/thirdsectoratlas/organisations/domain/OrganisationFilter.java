package org.thirdsectoratlas.organisations.domain;

/**
 * What a directory search asks for; every field is optional (null = no filter).
 *
 * @param text      search words over names, aliases and descriptions
 * @param locality  works in this locality or a place within it
 */
public record OrganisationFilter(String text, String community, String locality, OrganisationKind kind,
                                 String network, String consortium) {

    public static final OrganisationFilter NONE = new OrganisationFilter(null, null, null, null, null, null);
}
