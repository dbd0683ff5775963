package org.thirdsectoratlas.insights.domain;

import java.util.List;

/**
 * One community × locality cell. Organisations are listed by name up to the configured limit;
 * {@code organisationCount} is always the full count.
 */
public record CoverageCell(String community, String locality, long organisationCount,
                           List<CellOrganisation> organisations, List<CellGroup> networks,
                           List<CellGroup> consortia) {

    public boolean covered() {
        return organisationCount > 0 || !networks.isEmpty() || !consortia.isEmpty();
    }
}
