package org.thirdsectoratlas.imports.domain;

/** Where in the file a record comes from. */
public record Origin(String sheet, long row) {
}
