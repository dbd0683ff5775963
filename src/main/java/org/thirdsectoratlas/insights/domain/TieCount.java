package org.thirdsectoratlas.insights.domain;

/** How many ties of trust of one kind (relationship type) have one status. */
public record TieCount(String kind, String status, long count) {
}
