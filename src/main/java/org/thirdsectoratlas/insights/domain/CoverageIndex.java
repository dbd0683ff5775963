package org.thirdsectoratlas.insights.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A coverage matrix indexed by community and by locality, built once per snapshot: a national matrix has tens of
 * thousands of cells, and answering one cell by scanning them all made every request pay for the whole matrix.
 * {@link #filter} answers exactly what {@link CoverageMatrix#filter} does.
 */
public final class CoverageIndex {

    private final CoverageMatrix matrix;
    private final Map<String, Ref> communities;
    private final Map<String, Ref> localities;
    private final Map<String, List<CoverageCell>> cellsByCommunity;
    private final Map<String, List<CoverageCell>> cellsByLocality;
    private final Map<String, List<CellKey>> emptyByCommunity;
    private final Map<String, List<CellKey>> emptyByLocality;

    public CoverageIndex(CoverageMatrix matrix) {
        this.matrix = matrix;
        this.communities = byId(matrix.communities());
        this.localities = byId(matrix.localities());
        this.cellsByCommunity = group(matrix.cells(), CoverageCell::community);
        this.cellsByLocality = group(matrix.cells(), CoverageCell::locality);
        this.emptyByCommunity = group(matrix.emptyCells(), CellKey::community);
        this.emptyByLocality = group(matrix.emptyCells(), CellKey::locality);
    }

    /** Whether this indexes that very matrix (snapshots are replaced, never changed). */
    public boolean indexes(CoverageMatrix other) {
        return matrix == other;
    }

    public boolean hasCommunity(String id) {
        return communities.containsKey(id);
    }

    public boolean hasLocality(String id) {
        return localities.containsKey(id);
    }

    /** The part of the matrix for one community and/or locality (null = all), in the matrix's order. */
    public CoverageMatrix filter(String community, String locality) {
        if (community == null && locality == null) {
            return matrix;
        }
        List<Ref> someCommunities = community == null ? matrix.communities() : only(communities.get(community));
        List<Ref> someLocalities = locality == null ? matrix.localities() : only(localities.get(locality));
        List<CoverageCell> cells = community != null
                ? narrow(cellsByCommunity.get(community), CoverageCell::locality, locality)
                : cellsByLocality.getOrDefault(locality, List.of());
        List<CellKey> empty = community != null
                ? narrow(emptyByCommunity.get(community), CellKey::locality, locality)
                : emptyByLocality.getOrDefault(locality, List.of());
        return new CoverageMatrix(someCommunities, someLocalities, cells, empty);
    }

    private static <T> List<T> narrow(List<T> items, Function<T, String> localityOf, String locality) {
        if (items == null) {
            return List.of();
        }
        return locality == null ? items : items.stream().filter(i -> localityOf.apply(i).equals(locality)).toList();
    }

    private static List<Ref> only(Ref ref) {
        return ref == null ? List.of() : List.of(ref);
    }

    private static Map<String, Ref> byId(List<Ref> refs) {
        return refs.stream().collect(Collectors.toUnmodifiableMap(Ref::id, r -> r, (a, b) -> a));
    }

    private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, Collectors.toUnmodifiableList()));
    }
}
