package org.thirdsectoratlas.trust.domain;

import java.util.Optional;
import java.util.Set;

/** Loads the whole trust graph (for the in-memory algorithms: pathways, partner closeness, connectors). */
public interface TrustGraphRepository {

    /** Every live trust fact with its privacy tier; each caller's {@link Sight} decides what it may use. */
    default TrustGraphSnapshot load() {
        return loadFacts().facts().build();
    }

    /**
     * Every live trust fact, kept as a builder so that changes can be applied to it, with the change log's
     * sequence read before them (every change up to it is in the facts).
     */
    Facts loadFacts();

    /**
     * How many organisations and trust relationships the database holds, read from its count store in constant
     * time: a different fingerprint means the graph was written since a snapshot was loaded.
     */
    Fingerprint fingerprint();

    /** The change log's sequence now: the number of the latest change made through the Atlas. */
    long changeSequence();

    /**
     * The organisations and groups the changes numbered {@code after + 1 .. upTo} were about, or empty when any of
     * them is unknown (no change recorded under that number) or not a change of a few subjects (an import).
     */
    Optional<Set<String>> subjectsOfChanges(long after, long upTo);

    /**
     * Reads again, in one transaction, every fact of these subjects (organisations' direct ties, and the whole
     * membership of every group they belong or belonged to or are) into {@code facts}, after forgetting what it held
     * of them.
     */
    void reread(TrustGraphBuilder facts, Set<String> subjects);

    record Fingerprint(long organisations, long relationships) {
    }

    /** Facts read up to change {@code sequence}. */
    record Facts(TrustGraphBuilder facts, long sequence) {
    }
}
