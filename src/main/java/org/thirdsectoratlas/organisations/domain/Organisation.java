package org.thirdsectoratlas.organisations.domain;

import java.util.List;

import org.thirdsectoratlas.shared.domain.Provenance;

/** An organisation with the networks, consortia and programmes it takes part in. */
public record Organisation(String id, String name, String kind, String status, String description,
                           List<String> aliases, List<String> identifiers,
                           List<NetworkMembership> networks, List<ConsortiumPartnership> consortia,
                           List<ProgrammeRole> programmes, Provenance provenance) {
}
