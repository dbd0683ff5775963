package org.thirdsectoratlas.organisations.domain;

import org.thirdsectoratlas.shared.domain.Provenance;

/** A place in a consortium; structure and role are null where no source states them. */
public record ConsortiumPartnership(String id, String name, String structure, String role, Provenance provenance) {
}
