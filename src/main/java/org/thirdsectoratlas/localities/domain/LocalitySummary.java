package org.thirdsectoratlas.localities.domain;

/** A line of the locality list, with how many organisations and networks work there directly. */
public record LocalitySummary(String id, String name, String kind, long organisations, long networks) {
}
