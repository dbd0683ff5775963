package org.thirdsectoratlas.organisations.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.thirdsectoratlas.shared.domain.Provenance;

/** A place in a consortium; structure and role are null where no source states them. */
@Schema(requiredProperties = {"id", "name"})
public record ConsortiumPartnership(String id, String name, String structure, String role, Provenance provenance) {
}
