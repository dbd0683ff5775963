package org.thirdsectoratlas.insights.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member of a collaboration group.
 *
 * @param inScope true when it works with the asked community / in the asked locality itself
 * @param role    its role in the tie (consortium role, network role, collaboration kind) when stated
 */
@Schema(requiredProperties = {"id", "name", "inScope"})
public record Member(String id, String name, boolean inScope, String role) {
}
