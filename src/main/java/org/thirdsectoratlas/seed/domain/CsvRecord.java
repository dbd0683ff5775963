package org.thirdsectoratlas.seed.domain;

import java.util.List;

/** One CSV record with the physical line it starts on. */
public record CsvRecord(int line, List<String> fields) {
}
