package org.thirdsectoratlas.exports.domain;

import java.time.LocalDate;
import java.util.List;

/** manifest.properties of an exported dataset, in the graph-seed/ layout (graph-seed/README.md). */
public record SeedManifestText(String dataset, int version, String sourceRef, LocalDate publishedOn,
                               String schema, List<String> files) {

    public SeedManifestText {
        files = List.copyOf(files);
    }
}
