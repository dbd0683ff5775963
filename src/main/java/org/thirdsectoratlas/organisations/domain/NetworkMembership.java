package org.thirdsectoratlas.organisations.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.thirdsectoratlas.shared.domain.Provenance;

/** Membership of a network; formality is INFORMAL, SEMI_FORMAL, FORMAL or null when no source states it. */
@Schema(requiredProperties = {"id", "name"})
public record NetworkMembership(String id, String name, String formality, String role, Provenance provenance) {
}
