package org.thirdsectoratlas.insights.domain;

public interface CollaborationRepository {

    /**
     * Groups of organisations working together for the community and/or in the locality (either may be
     * null, not both). Throws UnknownIdException for an id that names nothing.
     */
    Collaborations find(String community, String locality);
}
