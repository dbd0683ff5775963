package org.thirdsectoratlas.programmes.domain;

/** What a programme search asks for; a null text does not filter. */
public record ProgrammeFilter(String text) {
}
