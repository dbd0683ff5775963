package org.thirdsectoratlas.resources.domain;

/** A line of the resource list, with how many organisations and networks share it. */
public record ResourceSummary(String id, String name, String kind, long sharers) {
}
