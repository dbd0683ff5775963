package org.thirdsectoratlas.generator.application;

import java.time.ZonedDateTime;

/**
 * The provenance one load writes on every element: which dataset, from which generator run, and when.
 * {@code fresh}: the dataset was absent when the load began, so elements can be created without the MERGE
 * look-ups (the generator never emits an element twice); a reload or a resumed load merges.
 */
public record LoadStamp(String dataset, String sourceRef, ZonedDateTime loadedAt, boolean fresh) {
}
