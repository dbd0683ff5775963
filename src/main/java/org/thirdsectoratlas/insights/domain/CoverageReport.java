package org.thirdsectoratlas.insights.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The coverage matrix (or the asked part of it) as served, with the rule it follows. */
@Schema(requiredProperties = {"rule", "coveredCells", "emptyCellCount", "communities", "localities", "cells", "emptyCells"})
public record CoverageReport(String rule, int coveredCells, int emptyCellCount, List<Ref> communities,
                             List<Ref> localities, List<CoverageCell> cells, List<CellKey> emptyCells) {

    public static final String RULE = "An organisation covers a community x locality cell when it SUPPORTS the "
            + "community and OPERATES_IN the locality or a place PART_OF it (working in Leeds counts towards West "
            + "Yorkshire, not the other way round); where it states no such place itself, a network it is a "
            + "MEMBER_OF that operates there gives it one (throughNetworks). A network or consortium covers a cell "
            + "through its own SUPPORTS and OPERATES_IN ties (own=true) or through members/partners that cover it "
            + "(members; for networks, in the member's own places or the network's). Withdrawn ties and retired "
            + "nodes do not count.";

    public static CoverageReport of(CoverageMatrix m) {
        return new CoverageReport(RULE, m.cells().size(), m.emptyCells().size(), m.communities(), m.localities(),
                m.cells(), m.emptyCells());
    }
}
