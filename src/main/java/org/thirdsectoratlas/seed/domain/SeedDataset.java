package org.thirdsectoratlas.seed.domain;

import java.util.List;

/** A parsed and validated seed, ready to be written in one transaction. */
public record SeedDataset(SeedManifest manifest, List<String> schemaStatements,
                          List<SeedNode> nodes, List<SeedRelationship> relationships) {
}
