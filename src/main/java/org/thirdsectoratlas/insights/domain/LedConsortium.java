package org.thirdsectoratlas.insights.domain;

/** A consortium a lead partner leads, with what depends on it. */
public record LedConsortium(String id, String name, String structure, String role, long otherPartners,
                            long contracts) {
}
