package org.thirdsectoratlas.programmes.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.thirdsectoratlas.shared.domain.Provenance;

/**
 * A programme as another answer names it (a network's programmes): the programme, whether the network runs
 * it (RUNS) or takes part (PARTICIPATES_IN), the role a source states, and where the tie is recorded.
 */
@Schema(requiredProperties = {"id", "name"})
public record ProgrammeTie(String id, String name, String relation, String role, Provenance provenance) {
}
