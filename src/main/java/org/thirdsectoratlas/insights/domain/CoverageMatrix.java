package org.thirdsectoratlas.insights.domain;

import java.util.List;

/** Every community × locality cell: the covered ones with who covers them, and the empty ones. */
public record CoverageMatrix(List<Ref> communities, List<Ref> localities, List<CoverageCell> cells,
                             List<CellKey> emptyCells) {

    /** The part of the matrix for one community and/or locality (null = all); {@link CoverageIndex} answers it fast. */
    public CoverageMatrix filter(String community, String locality) {
        return new CoverageMatrix(
                communities.stream().filter(c -> community == null || c.id().equals(community)).toList(),
                localities.stream().filter(l -> locality == null || l.id().equals(locality)).toList(),
                cells.stream().filter(c -> matches(c.community(), c.locality(), community, locality)).toList(),
                emptyCells.stream().filter(c -> matches(c.community(), c.locality(), community, locality)).toList());
    }

    private static boolean matches(String cellCommunity, String cellLocality, String community, String locality) {
        return (community == null || cellCommunity.equals(community))
                && (locality == null || cellLocality.equals(locality));
    }
}
