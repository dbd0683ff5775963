package org.thirdsectoratlas.insights.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One community × locality cell. Organisations are listed by name up to the configured limit;
 * {@code organisationCount} is always the full count.
 */
@Schema(requiredProperties = {"community", "locality", "organisationCount", "organisations", "networks", "consortia"})
public record CoverageCell(String community, String locality, long organisationCount,
                           List<CellOrganisation> organisations, List<CellGroup> networks,
                           List<CellGroup> consortia) {

    public boolean covered() {
        return organisationCount > 0 || !networks.isEmpty() || !consortia.isEmpty();
    }
}
