package org.thirdsectoratlas.insights.domain;

import org.thirdsectoratlas.shared.domain.Viewer;

public interface CollaborationRepository {

    /**
     * Groups of organisations working together for the community and/or in the locality (either may be
     * null, not both), through the organisations and ties the viewer may see. Throws UnknownIdException for
     * an id that names nothing.
     */
    Collaborations find(String community, String locality, Viewer viewer);
}
