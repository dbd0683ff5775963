package org.thirdsectoratlas.insights.domain;

import org.thirdsectoratlas.shared.domain.Viewer;

public interface CoverageRepository {

    /** The whole matrix, listing at most {@code organisationsPerCell} organisations in each cell. */
    /** Only organisations, groups and ties the viewer may see take part. */
    CoverageMatrix compute(int organisationsPerCell, Viewer viewer);
}
