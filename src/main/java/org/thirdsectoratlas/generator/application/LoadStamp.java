package org.thirdsectoratlas.generator.application;

import java.time.ZonedDateTime;

/** The provenance one load writes on every element: which dataset, from which generator run, and when. */
public record LoadStamp(String dataset, String sourceRef, ZonedDateTime loadedAt) {
}
