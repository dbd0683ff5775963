package org.thirdsectoratlas.insights.domain;

import org.thirdsectoratlas.shared.domain.Viewer;

public interface SummaryRepository {

    /** Counts of what the viewer may see only: a count must not reveal a hidden fact. */
    Summary compute(Viewer viewer);
}
