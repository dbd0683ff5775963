package org.thirdsectoratlas.organisations.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of the organisation directory. */
@Schema(requiredProperties = {"id", "name", "networks", "consortia"})
public record OrganisationSummary(String id, String name, String kind, long networks, long consortia) {
}
