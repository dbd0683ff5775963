package org.thirdsectoratlas.consortia.domain;

/** The three consortium structures of the research. */
public enum ConsortiumStructure {
    LEAD_PARTNER, UMBRELLA, PARTNERSHIP_OF_EQUALS
}
