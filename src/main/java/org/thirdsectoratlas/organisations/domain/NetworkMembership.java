package org.thirdsectoratlas.organisations.domain;

import org.thirdsectoratlas.shared.domain.Provenance;

/** Membership of a network; formality is INFORMAL, SEMI_FORMAL, FORMAL or null when no source states it. */
public record NetworkMembership(String id, String name, String formality, String role, Provenance provenance) {
}
