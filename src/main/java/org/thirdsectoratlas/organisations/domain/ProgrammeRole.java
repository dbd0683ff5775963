package org.thirdsectoratlas.organisations.domain;

import org.thirdsectoratlas.shared.domain.Provenance;

/** A programme the organisation runs (RUNS) or takes part in (PARTICIPATES_IN). */
public record ProgrammeRole(String id, String name, String relation, Provenance provenance) {
}
