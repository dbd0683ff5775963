package org.thirdsectoratlas.trust.domain;

/** Loads the whole trust graph (for the in-memory algorithms: connectors, the benchmark's BFS floor). */
public interface TrustGraphRepository {

    TrustGraphSnapshot load();
}
