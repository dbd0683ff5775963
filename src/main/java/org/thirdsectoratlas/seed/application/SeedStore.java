package org.thirdsectoratlas.seed.application;

import java.util.OptionalInt;

import org.thirdsectoratlas.seed.domain.SeedDataset;

/** The graph operations seed installation needs; implemented over Neo4j in infrastructure. */
public interface SeedStore {

    /** Applies idempotent schema statements (constraints and indexes). */
    void applySchema(Iterable<String> statements);

    /** The version of this dataset already in the graph, if any. */
    OptionalInt installedVersion(String dataset);

    /** Writes the whole dataset in one transaction: all of it, or nothing. */
    SeedReport write(SeedDataset dataset);
}
