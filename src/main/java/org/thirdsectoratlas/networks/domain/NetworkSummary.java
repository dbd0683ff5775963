package org.thirdsectoratlas.networks.domain;

/** A line of the network directory. */
public record NetworkSummary(String id, String name, String formality, long members) {
}
