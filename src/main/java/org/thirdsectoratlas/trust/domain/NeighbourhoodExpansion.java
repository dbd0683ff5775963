package org.thirdsectoratlas.trust.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The pathway search's bounded bidirectional expansion (Neo4jPathwayRepository.EXPAND and BRIDGES) run over
 * the arrays of a whole-graph snapshot: ⌈maxHops/2⌉ levels from {@code from}, ⌊maxHops/2⌋ from {@code to},
 * groups above the soft hub limit never fanned out, then the last level's memberships of the big groups already
 * met. It copies exactly the organisations, ties and memberships the Cypher statements return into a small
 * snapshot, so the ranking over it is the ranking over the Cypher answer; the work is integer array walks
 * instead of database reads.
 */
final class NeighbourhoodExpansion {

    private final TrustGraphSnapshot whole;
    private final TieFilter filter;
    private final TrustGraphSnapshot.Builder near = TrustGraphSnapshot.builder();
    private final BitSet avoided = new BitSet();
    private final BitSet bigGroups = new BitSet();

    NeighbourhoodExpansion(TrustGraphSnapshot whole, TieFilter filter) {
        this.whole = whole;
        this.filter = filter;
        for (String id : filter.avoid()) {
            int i = whole.indexOf(id);
            if (i >= 0) {
                avoided.set(i);
            }
        }
    }

    TrustGraphSnapshot expand(Set<String> from, Set<String> to, int maxHops) {
        int[] radius = {(maxHops + 1) / 2, maxHops / 2};
        List<BitSet> seen = List.of(new BitSet(), new BitSet());
        List<List<Integer>> frontier = List.of(indexes(from, seen.get(0)), indexes(to, seen.get(1)));
        for (int level = 0; level < radius[0]; level++) {
            boolean bothSides = level < radius[1];
            if (frontier.get(0).isEmpty() && (!bothSides || frontier.get(1).isEmpty())) {
                break;
            }
            List<List<Integer>> next = List.of(new ArrayList<>(), new ArrayList<>());
            for (int side = 0; side < (bothSides ? 2 : 1); side++) {
                for (int x : frontier.get(side)) {
                    expandOne(x, seen.get(side), next.get(side));
                }
            }
            for (int side = 0; side < (bothSides ? 2 : 1); side++) {
                frontier.get(side).clear();
                frontier.get(side).addAll(next.get(side));
            }
        }
        if (!bigGroups.isEmpty()) {
            for (List<Integer> last : frontier) {
                for (int x : last) {
                    bridges(x);
                }
            }
        }
        for (String id : from) {
            near.organisation(id, null);
        }
        for (String id : to) {
            near.organisation(id, null);
        }
        return near.build();
    }

    private List<Integer> indexes(Set<String> ids, BitSet seen) {
        List<Integer> found = new ArrayList<>();
        for (String id : ids) {
            int i = whole.indexOf(id);
            if (i >= 0) {
                seen.set(i);
                found.add(i);
            }
        }
        return found;
    }

    /** EXPAND for one organisation: its usable ties, its usable memberships, and the members of small groups. */
    private void expandOne(int x, BitSet seen, List<Integer> next) {
        whole.copyOrganisation(x, near);
        for (int k = whole.tieStart(x); k < whole.tieEnd(x); k++) {
            int t = whole.tieAt(k);
            int y = whole.tieOther(t, x);
            if (y == x || avoided.get(y) || !whole.tieAllowed(t, filter)) {
                continue;
            }
            whole.copyOrganisation(y, near);
            whole.copyTie(t, near);
            reached(y, seen, next);
        }
        for (int k = whole.memStart(x); k < whole.memEnd(x); k++) {
            int m = whole.memAt(k);
            if (!whole.memAllowed(m, filter)) {
                continue;
            }
            int g = whole.memGroupOf(m);
            whole.copyMembership(m, near);
            if (!filter.hubs().fansOut(whole.groupSize(g))) {
                bigGroups.set(g);
                continue;
            }
            for (int j = whole.groupMemStart(g); j < whole.groupMemEnd(g); j++) {
                int m2 = whole.groupMemAt(j);
                int y = whole.memOrgOf(m2);
                if (y == x || avoided.get(y) || !whole.memAllowed(m2, filter)) {
                    continue;
                }
                whole.copyMembership(m2, near);
                reached(y, seen, next);
            }
        }
    }

    private static void reached(int y, BitSet seen, List<Integer> next) {
        if (!seen.get(y)) {
            seen.set(y);
            next.add(y);
        }
    }

    /** BRIDGES for one organisation of the last level: its memberships of big groups already met. */
    private void bridges(int x) {
        for (int k = whole.memStart(x); k < whole.memEnd(x); k++) {
            int m = whole.memAt(k);
            if (bigGroups.get(whole.memGroupOf(m)) && whole.memAllowed(m, filter)) {
                whole.copyMembership(m, near);
            }
        }
    }
}
