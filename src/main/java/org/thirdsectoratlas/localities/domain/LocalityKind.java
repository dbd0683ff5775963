package org.thirdsectoratlas.localities.domain;

/** The kinds of place the Atlas knows. */
public enum LocalityKind {
    CITY, REGION, NATION
}
