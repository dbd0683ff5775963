package org.thirdsectoratlas.seed.domain;

import java.io.Reader;

/** Where seed files come from: the application's classpath, or a folder (tests, tools). */
public interface SeedSource {

    /** Opens a file named relative to graph-seed/, or throws SeedFormatException naming it. */
    Reader open(String relativePath);
}
