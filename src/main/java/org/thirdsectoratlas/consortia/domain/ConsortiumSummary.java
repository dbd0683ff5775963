package org.thirdsectoratlas.consortia.domain;

/** A line of the consortium directory; lead is the lead partner's name, or null. */
public record ConsortiumSummary(String id, String name, String structure, long partners, String lead,
                                long contracts) {
}
