package org.thirdsectoratlas.resources.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.thirdsectoratlas.shared.domain.Link;
import org.thirdsectoratlas.shared.domain.Provenance;

/**
 * Something organisations or networks share, and who shares it (kind = "Organisation" or "Network").
 *
 * @param kind PREMISES, STAFF, TRAINING, TRANSLATION, BACK_OFFICE, EXPERTISE or EQUIPMENT
 */
@Schema(requiredProperties = {"id", "name", "sharedBy", "provenance"})
public record Resource(String id, String name, String kind, String description, List<Link> sharedBy,
                       Provenance provenance) {
}
