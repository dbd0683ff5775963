package org.thirdsectoratlas.networks.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of the network directory. */
@Schema(requiredProperties = {"id", "name", "members"})
public record NetworkSummary(String id, String name, String formality, long members) {
}
