package org.thirdsectoratlas.insights.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Assembles the matrix: cells in community × locality order, a network or consortium that covers a cell both
 * in its own right and through members merged into one entry, and every pair with nobody in it listed as
 * empty. Each cell keeps its full organisation count but only the first {@code organisationsPerCell} by name
 * (ties by id), pruned as they arrive, so that a national cell does not hold 100,000 entries in memory.
 */
public final class CoverageMatrixBuilder {

    static final Comparator<CellOrganisation> BY_NAME = Comparator
            .comparing(CellOrganisation::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(CellOrganisation::id);

    private final int organisationsPerCell;

    private final List<Ref> communities = new ArrayList<>();
    private final List<Ref> localities = new ArrayList<>();
    private final Map<CellKey, Cell> cells = new HashMap<>();

    public CoverageMatrixBuilder(int organisationsPerCell) {
        this.organisationsPerCell = organisationsPerCell;
    }

    public CoverageMatrixBuilder community(Ref community) {
        communities.add(community);
        return this;
    }

    public CoverageMatrixBuilder locality(Ref locality) {
        localities.add(locality);
        return this;
    }

    public CoverageMatrixBuilder organisation(CellKey key, CellOrganisation organisation) {
        cell(key).add(organisation, organisationsPerCell);
        return this;
    }

    public CoverageMatrixBuilder network(CellKey key, CellGroup network) {
        merge(cell(key).networks, network);
        return this;
    }

    public CoverageMatrixBuilder consortium(CellKey key, CellGroup consortium) {
        merge(cell(key).consortia, consortium);
        return this;
    }

    public CoverageMatrix build() {
        Comparator<Ref> byName = Comparator.comparing(Ref::name, String.CASE_INSENSITIVE_ORDER);
        List<Ref> sortedCommunities = communities.stream().sorted(byName).toList();
        List<Ref> sortedLocalities = localities.stream().sorted(byName).toList();
        List<CoverageCell> covered = new ArrayList<>();
        List<CellKey> empty = new ArrayList<>();
        for (Ref c : sortedCommunities) {
            for (Ref l : sortedLocalities) {
                CellKey key = new CellKey(c.id(), l.id());
                Cell cell = cells.get(key);
                if (cell == null) {
                    empty.add(key);
                } else {
                    covered.add(cell.toCell(key, organisationsPerCell));
                }
            }
        }
        return new CoverageMatrix(sortedCommunities, sortedLocalities, covered, empty);
    }

    private Cell cell(CellKey key) {
        return cells.computeIfAbsent(key, k -> new Cell());
    }

    private static void merge(Map<String, CellGroup> groups, CellGroup group) {
        groups.merge(group.id(), group, (a, b) -> {
            TreeSet<String> members = new TreeSet<>(a.members());
            members.addAll(b.members());
            return new CellGroup(a.id(), a.name(), a.kind(), a.own() || b.own(), List.copyOf(members));
        });
    }

    private static final class Cell {
        long organisationCount;
        final List<CellOrganisation> organisations = new ArrayList<>();
        final Map<String, CellGroup> networks = new LinkedHashMap<>();
        final Map<String, CellGroup> consortia = new LinkedHashMap<>();

        void add(CellOrganisation organisation, int limit) {
            organisationCount++;
            organisations.add(organisation);
            if (organisations.size() >= 2 * Math.max(limit, 16)) {
                organisations.sort(BY_NAME);
                organisations.subList(limit, organisations.size()).clear();
            }
        }

        CoverageCell toCell(CellKey key, int limit) {
            Comparator<CellGroup> byName = Comparator.comparing(CellGroup::name,
                    Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
            return new CoverageCell(key.community(), key.locality(), organisationCount,
                    organisations.stream().sorted(BY_NAME).limit(limit).toList(),
                    networks.values().stream().sorted(byName).toList(),
                    consortia.values().stream().sorted(byName).toList());
        }
    }
}
