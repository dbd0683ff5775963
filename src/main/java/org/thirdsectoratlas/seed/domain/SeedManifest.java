package org.thirdsectoratlas.seed.domain;

import java.time.LocalDate;
import java.util.List;

/** graph-seed/manifest.properties: which dataset, which version, and the files in load order. */
public record SeedManifest(String dataset, int version, String sourceRef, LocalDate publishedOn,
                           String schemaFile, List<String> files) {
}
