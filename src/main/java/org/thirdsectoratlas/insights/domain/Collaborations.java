package org.thirdsectoratlas.insights.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who works together for a community and/or in a locality, grouped by tie.
 *
 * @param organisations the organisations in scope (by name, up to the group limit); organisationCount counts all
 */
@Schema(requiredProperties = {"organisationCount", "organisations", "networks", "consortia", "collaborations", "sharedResources"})
public record Collaborations(String community, String locality, long organisationCount, List<Ref> organisations,
                             List<CollaborationGroup> networks, List<CollaborationGroup> consortia,
                             List<CollaborationGroup> collaborations, List<CollaborationGroup> sharedResources) {
}
