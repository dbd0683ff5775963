package org.thirdsectoratlas.programmes.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of the programme directory: how many run it, take part in it, and grants made under it. */
@Schema(requiredProperties = {"id", "name", "runBy", "participants", "grants"})
public record ProgrammeSummary(String id, String name, long runBy, long participants, long grants) {
}
