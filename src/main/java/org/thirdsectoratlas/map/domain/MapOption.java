package org.thirdsectoratlas.map.domain;

/** A choice in one of the map's filter lists. */
public record MapOption(String id, String name) {
}
