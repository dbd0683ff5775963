package org.thirdsectoratlas.trust.domain;

/** Loads the whole trust graph (for the in-memory algorithms: pathways, partner closeness, connectors). */
public interface TrustGraphRepository {

    /** Every live trust fact with its privacy tier; each caller's {@link Sight} decides what it may use. */
    TrustGraphSnapshot load();

    /**
     * How many organisations and trust relationships the database holds, read from its count store in constant
     * time: a different fingerprint means the graph was written since a snapshot was loaded.
     */
    Fingerprint fingerprint();

    record Fingerprint(long organisations, long relationships) {
    }
}
