package org.thirdsectoratlas.seed.application;

/** What a seed installation did. */
public record SeedReport(String dataset, int version, boolean written, int nodes, int relationships,
                         int removedRelationships, int retiredNodes) {

    public static SeedReport upToDate(String dataset, int version) {
        return new SeedReport(dataset, version, false, 0, 0, 0, 0);
    }
}
