package org.thirdsectoratlas.organisations.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.thirdsectoratlas.shared.domain.Provenance;

/**
 * A community the organisation works with.
 *
 * @param primary  whether it is the organisation's primary community; null when not stated
 * @param statedAs the source's own words where they were mapped onto a survey category
 */
@Schema(requiredProperties = {"id", "name"})
public record CommunitySupport(String id, String name, Boolean primary, String statedAs, Provenance provenance) {
}
