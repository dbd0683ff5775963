package org.thirdsectoratlas.trust.domain;

import org.thirdsectoratlas.shared.domain.Viewer;

/** Loads the whole trust graph (for the in-memory algorithms: connectors, the benchmark's BFS floor). */
public interface TrustGraphRepository {

    /** The trust graph as the viewer may see it: hidden organisations, ties and memberships are left out. */
    TrustGraphSnapshot load(Viewer viewer);
}
