package org.thirdsectoratlas.organisations.domain;

/**
 * An organisation's profile with its version (what an edit names in If-Match), read in one transaction so
 * that the two always belong together.
 */
public record VersionedOrganisation(Organisation organisation, long version) {

    /** The strong ETag of a read, the same as the editing API's ("v3"). */
    public String etag() {
        return "\"v" + version + "\"";
    }
}
