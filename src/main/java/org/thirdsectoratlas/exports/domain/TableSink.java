package org.thirdsectoratlas.exports.domain;

import java.util.List;

/**
 * Receives the graph as graph-seed/ tables (atlas-csv): one table per node label and per relationship type
 * between two labels, each with its typed columns, rows as they are read.
 */
public interface TableSink {

    /**
     * Starts a table.
     *
     * @param file    path inside the dataset, e.g. {@code nodes/Organisation.csv}
     * @param columns header cells, e.g. {@code id}, {@code identifiers:string[]}, {@code from:Organisation}
     */
    void table(String file, List<String> columns);

    /** One row: the cell texts of the current table, in column order (null or "" = absent). */
    void row(List<String> cells);

    /** Called once after the last table with the manifest's content. */
    void finish(SeedManifestText manifest);
}
