package org.thirdsectoratlas.consortia.readiness.domain;

import java.util.List;
import java.util.Optional;

public interface ReadinessRepository {

    /** What the graph shows for the consortium, or empty when no consortium has the id. */
    Optional<ConsortiumFacts> facts(String consortiumId);

    /** The readiness checklist in the research's order. */
    List<ChecklistItem> checklist();
}
