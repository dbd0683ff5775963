package org.thirdsectoratlas.insights.domain;

/** How many nodes have a value ("UNSTATED" when the property is absent). */
public record Count(String key, long count) {
}
