package org.thirdsectoratlas.organisations.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.thirdsectoratlas.shared.domain.Provenance;

/**
 * A stated collaboration with another organisation, whichever side recorded it.
 *
 * @param kind      what the collaboration is about (e.g. RESEARCH, SERVICE, ADVOCACY)
 * @param formality INFORMAL, SEMI_FORMAL, FORMAL, or null when no source states it
 */
@Schema(requiredProperties = {"id", "name"})
public record Collaboration(String id, String name, String kind, String formality, String since,
                            Provenance provenance) {
}
