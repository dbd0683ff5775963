package org.thirdsectoratlas.insights.domain;

/** A community × locality pair. */
public record CellKey(String community, String locality) {
}
