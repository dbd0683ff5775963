package org.thirdsectoratlas.organisations.domain;

/** A line of the organisation directory. */
public record OrganisationSummary(String id, String name, String kind, long networks, long consortia) {
}
