package org.thirdsectoratlas.programmes.domain;

/** A line of the programme directory: how many run it, take part in it, and grants made under it. */
public record ProgrammeSummary(String id, String name, long runBy, long participants, long grants) {
}
