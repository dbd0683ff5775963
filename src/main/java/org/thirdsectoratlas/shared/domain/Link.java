package org.thirdsectoratlas.shared.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The node at the other end of a tie: what it is, the role the tie gives it (null when none is stated)
 * and where the tie is recorded.
 *
 * @param kind the node's own kind (an organisation kind, a resource kind, a network's formality...) or null
 */
@Schema(requiredProperties = {"id", "name"})
public record Link(String id, String name, String kind, String role, Provenance provenance) {
}
