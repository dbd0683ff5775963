package org.thirdsectoratlas.insights.domain;

public interface CoverageRepository {

    /** The whole matrix, listing at most {@code organisationsPerCell} organisations in each cell. */
    CoverageMatrix compute(int organisationsPerCell);
}
