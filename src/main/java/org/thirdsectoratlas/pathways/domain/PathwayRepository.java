package org.thirdsectoratlas.pathways.domain;

import java.util.Collection;
import java.util.Map;

import org.thirdsectoratlas.shared.domain.Viewer;

/** What a pathway search reads from the database: names and existence, never the search itself. */
public interface PathwayRepository {

    /** Names of the (not retired) organisations among these ids that the viewer may see. */
    Map<String, String> organisations(Collection<String> ids, Viewer viewer);

    /** Whether a network, consortium or resource has this id. */
    boolean groupExists(String id);
}
