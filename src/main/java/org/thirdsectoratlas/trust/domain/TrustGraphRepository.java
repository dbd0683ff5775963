package org.thirdsectoratlas.trust.domain;

import org.thirdsectoratlas.shared.domain.Viewer;

/** Loads the whole trust graph (for the in-memory algorithms: pathways, connectors, the benchmark's BFS floor). */
public interface TrustGraphRepository {

    /** The trust graph as the viewer may see it: hidden organisations, ties and memberships are left out. */
    TrustGraphSnapshot load(Viewer viewer);

    /**
     * How many organisations and trust relationships the database holds, read from its count store in constant
     * time: a different fingerprint means the graph was written since a snapshot was loaded.
     */
    Fingerprint fingerprint();

    /** The trust facts that are not PUBLIC, as who may see them (read with the whole graph, in the background). */
    HiddenFacts hiddenFacts();

    record Fingerprint(long organisations, long relationships) {
    }
}
