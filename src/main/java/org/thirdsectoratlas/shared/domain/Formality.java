package org.thirdsectoratlas.shared.domain;

/** How formal a tie or network is: the Third Sector Trends categories. */
public enum Formality {
    INFORMAL, SEMI_FORMAL, FORMAL
}
