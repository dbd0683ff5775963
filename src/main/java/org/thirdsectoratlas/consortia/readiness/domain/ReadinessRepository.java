package org.thirdsectoratlas.consortia.readiness.domain;

import java.util.List;
import java.util.Optional;

import org.thirdsectoratlas.shared.domain.Viewer;

public interface ReadinessRepository {

    /** What the graph shows the viewer for the consortium, or empty when no consortium has the id. */
    Optional<ConsortiumFacts> facts(String consortiumId, Viewer viewer);

    /** The readiness checklist in the research's order. */
    List<ChecklistItem> checklist();
}
