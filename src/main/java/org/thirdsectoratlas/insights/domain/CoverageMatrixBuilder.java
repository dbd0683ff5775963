package org.thirdsectoratlas.insights.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Assembles the matrix from the rows of the coverage read: cells in community × locality order, a
 * network or consortium that covers a cell both in its own right and through members merged into one
 * entry, and every pair with nobody in it listed as empty.
 */
public final class CoverageMatrixBuilder {

    private final List<Ref> communities = new ArrayList<>();
    private final List<Ref> localities = new ArrayList<>();
    private final Map<CellKey, Cell> cells = new HashMap<>();

    public CoverageMatrixBuilder community(Ref community) {
        communities.add(community);
        return this;
    }

    public CoverageMatrixBuilder locality(Ref locality) {
        localities.add(locality);
        return this;
    }

    public CoverageMatrixBuilder organisation(CellKey key, CellOrganisation organisation) {
        cell(key).organisations.add(organisation);
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

    public CoverageMatrix build(int organisationsPerCell) {
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
        final List<CellOrganisation> organisations = new ArrayList<>();
        final Map<String, CellGroup> networks = new LinkedHashMap<>();
        final Map<String, CellGroup> consortia = new LinkedHashMap<>();

        CoverageCell toCell(CellKey key, int limit) {
            Comparator<CellGroup> byName = Comparator.comparing(CellGroup::name, String.CASE_INSENSITIVE_ORDER);
            return new CoverageCell(key.community(), key.locality(), organisations.size(),
                    organisations.stream().sorted(Comparator.comparing(CellOrganisation::name,
                            String.CASE_INSENSITIVE_ORDER)).limit(limit).toList(),
                    networks.values().stream().sorted(byName).toList(),
                    consortia.values().stream().sorted(byName).toList());
        }
    }
}
