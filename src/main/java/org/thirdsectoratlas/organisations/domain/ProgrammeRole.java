package org.thirdsectoratlas.organisations.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.thirdsectoratlas.shared.domain.Provenance;

/**
 * A programme the organisation runs (RUNS) or takes part in (PARTICIPATES_IN), with the role a source states
 * (null when none).
 */
@Schema(requiredProperties = {"id", "name"})
public record ProgrammeRole(String id, String name, String relation, String role, Provenance provenance) {
}
