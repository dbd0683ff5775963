package org.thirdsectoratlas.trust.domain;

import java.util.BitSet;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The part of a trust graph a pathway search may use, marked in place over the graph's arrays instead of copied:
 * the bounded bidirectional expansion of the Cypher search (Neo4jPathwayRepository.EXPAND and BRIDGES) run over
 * the arrays: ⌈maxHops/2⌉ levels from {@code from}, ⌊maxHops/2⌋ from {@code to}, groups above the soft hub limit
 * never fanned out, then the last levels' memberships of the big groups already met. Marking costs bits, not
 * objects; the search then reads steps as primitives and builds words only for the pathways it returns.
 *
 * <p>Which steps the copy holds, as rules over the marks: a direct tie when either end was expanded; a membership
 * when its organisation was expanded, or its group is small (fans out) and an expanded organisation belongs to
 * it, or its group is big, an expanded organisation belongs to it, and its organisation is on a last level.
 */
public final class Neighbourhood {

    /** Receives one usable step: where it leads, its cost and weakness, its date, and what makes it. */
    @FunctionalInterface
    public interface StepSink {
        /**
         * @param date epoch day of the older confirmation, or {@link Integer#MIN_VALUE} when unknown
         * @param ref  the tie or the pair of memberships behind the step, for {@link #hop}
         */
        void step(int other, double cost, int weakness, int date, long ref);
    }

    /** Receives one usable group of an organisation and the least weakness of a step through it from there. */
    @FunctionalInterface
    public interface GroupSink {
        void group(int group, int leastWeakness);
    }

    private final TrustGraphSnapshot graph;
    private final TieFilter filter;
    private final double[] groupCosts;
    private final BitSet avoided = new BitSet();
    private final BitSet included;
    private final BitSet expanded;
    private final BitSet lastLevel;
    /** Groups an expanded organisation is an allowed member of: small ones fan out, big ones may bridge. */
    private final BitSet touched;
    /**
     * Asked ends this graph does not hold: the whole in-memory graph holds only organisations with ties of trust,
     * where the database's expansion returns a tie-less end on its own.
     */
    private int endsWithoutTies;

    Neighbourhood(TrustGraphSnapshot graph, TieFilter filter, Set<String> from, Set<String> to, int maxHops) {
        this.graph = graph;
        this.filter = filter;
        this.groupCosts = graph.groupCosts(filter.hubs());
        int n = graph.organisationCount();
        this.included = new BitSet(n);
        this.expanded = new BitSet(n);
        this.lastLevel = new BitSet(n);
        this.touched = new BitSet(graph.groupCount());
        for (String id : filter.avoid()) {
            int i = graph.indexOf(id);
            if (i >= 0) {
                avoided.set(i);
            }
        }
        expand(from, to, maxHops);
    }

    private void expand(Set<String> from, Set<String> to, int maxHops) {
        int[] radius = {(maxHops + 1) / 2, maxHops / 2};
        BitSet[] seen = {new BitSet(included.size()), new BitSet(included.size())};
        BitSet[] fannedOut = {new BitSet(touched.size()), new BitSet(touched.size())};
        IntList[] frontier = {start(from, seen[0]), start(to, seen[1])};
        for (int level = 0; level < radius[0]; level++) {
            int sides = level < radius[1] ? 2 : 1;
            for (int side = 0; side < sides; side++) {
                IntList next = new IntList();
                for (int i = 0; i < frontier[side].size; i++) {
                    expandOne(frontier[side].items[i], seen[side], fannedOut[side], next);
                }
                frontier[side] = next;
            }
        }
        for (IntList last : frontier) {
            for (int i = 0; i < last.size; i++) {
                lastLevel.set(last.items[i]);
            }
        }
    }

    private IntList start(Set<String> ids, BitSet seen) {
        IntList found = new IntList();
        for (String id : ids) {
            int i = graph.indexOf(id);
            if (i >= 0) {
                seen.set(i);
                included.set(i);
                found.add(i);
            } else {
                endsWithoutTies++;
            }
        }
        return found;
    }

    /**
     * A small group reaches the same members whichever member of it is expanded (the expanded one is already
     * seen), so each side fans a group out once: a 50-member group met through 30 of its members costs 50 reads,
     * not 1,500.
     */
    private void expandOne(int x, BitSet seen, BitSet fannedOut, IntList next) {
        expanded.set(x);
        for (int k = graph.tieStart(x); k < graph.tieEnd(x); k++) {
            int y = graph.tieOtherAt(k);
            if (y != x && !avoided.get(y) && graph.tieAllowedAt(k, filter)) {
                reached(y, seen, next);
            }
        }
        for (int k = graph.memStart(x); k < graph.memEnd(x); k++) {
            if (!graph.memAllowedAt(k, filter)) {
                continue;
            }
            int g = graph.memGroupAt(k);
            touched.set(g);
            if (!filter.hubs().fansOut(graph.groupSize(g)) || fannedOut.get(g)) {
                continue;
            }
            fannedOut.set(g);
            for (int j = graph.groupMemStart(g); j < graph.groupMemEnd(g); j++) {
                int y = graph.groupMemOrgAt(j);
                if (y != x && !avoided.get(y) && graph.groupMemAllowedAt(j, filter)) {
                    reached(y, seen, next);
                }
            }
        }
    }

    private void reached(int y, BitSet seen, IntList next) {
        included.set(y);
        if (!seen.get(y)) {
            seen.set(y);
            next.add(y);
        }
    }

    public TrustGraphSnapshot graph() {
        return graph;
    }

    public TieFilter filter() {
        return filter;
    }

    /**
     * How many organisations the expansion reached (what the copied neighbourhood would hold), counting an asked
     * end without ties of trust as the database's expansion does.
     */
    public int size() {
        return included.cardinality() + endsWithoutTies;
    }

    public boolean contains(int org) {
        return included.get(org);
    }

    /**
     * Every usable step from {@code org}, parallel ties included (the caller keeps the best per organisation):
     * the steps {@link TrustGraphSnapshot#hops} would offer over the copied neighbourhood.
     */
    public void steps(int org, StepSink sink) {
        ties(org, sink);
        for (int k = graph.memStart(org); included.get(org) && k < graph.memEnd(org); k++) {
            if (!usableAt(org, k)) {
                continue;
            }
            int m = graph.memAt(k);
            int g = graph.memGroupAt(k);
            double cost = groupCosts[g];
            Formality formality = graph.groupFormalityOf(g);
            for (int j = graph.groupMemStart(g); j < graph.groupMemEnd(g); j++) {
                int y = graph.groupMemOrgAt(j);
                if (y == org || avoided.get(y) || !usableMember(g, j, y)) {
                    continue;
                }
                int m2 = graph.groupMemAt(j);
                TieStatus status = graph.pairStatus(m, m2);
                if (filter.accepts(status, formality)) {
                    sink.step(y, cost, formality.weakness() + status.weakness(), graph.pairDate(m, m2),
                            ((long) m << 32) | m2);
                }
            }
        }
    }

    /** The usable direct ties from {@code org}. */
    public void ties(int org, StepSink sink) {
        if (!included.get(org)) {
            return;
        }
        for (int k = graph.tieStart(org); k < graph.tieEnd(org); k++) {
            int y = graph.tieOtherAt(k);
            if (usableTie(org, k, y)) {
                int t = graph.tieAt(k);
                sink.step(y, 1.0, graph.tieWeaknessAt(k), graph.tieDate(t), ~(long) t);
            }
        }
    }

    /** The other ends of the usable direct ties from {@code org}: {@link #ties} for searches that count hops. */
    public void tieNeighbours(int org, IntConsumer other) {
        for (int k = graph.tieStart(org); included.get(org) && k < graph.tieEnd(org); k++) {
            int y = graph.tieOtherAt(k);
            if (usableTie(org, k, y)) {
                other.accept(y);
            }
        }
    }

    private boolean usableTie(int org, int k, int y) {
        return y != org && !avoided.get(y) && (expanded.get(org) || expanded.get(y)) && graph.tieAllowedAt(k, filter);
    }

    /**
     * The groups of {@code org}'s usable memberships, for searches that treat a group as one node (a bound needs
     * each group once, not each pair of its members). Reads the organisation's own membership slots only.
     */
    public void groups(int org, GroupSink sink) {
        for (int k = graph.memStart(org); included.get(org) && k < graph.memEnd(org); k++) {
            if (usableAt(org, k)) {
                sink.group(graph.memGroupAt(k), graph.memLeastWeaknessAt(k));
            }
        }
    }

    /** The organisations of the usable memberships of group {@code group}: those a pathway may pass through. */
    public void memberOrganisations(int group, IntConsumer organisation) {
        if (!graph.groupUsable(group, filter)) {
            return;
        }
        for (int j = graph.groupMemStart(group); j < graph.groupMemEnd(group); j++) {
            int y = graph.groupMemOrgAt(j);
            if (!avoided.get(y) && usableMember(group, j, y)) {
                organisation.accept(y);
            }
        }
    }

    public int groupOf(int membership) {
        return graph.memGroupOf(membership);
    }

    /** What a step through this group costs (its hop, before formality and statuses). */
    public double groupCost(int group) {
        return groupCosts[group];
    }

    /**
     * Whether the copied neighbourhood holds the membership in slot {@code k} of {@code org}'s memberships, for
     * an organisation the expansion reached.
     */
    private boolean usableAt(int org, int k) {
        return graph.memAllowedAt(k, filter) && (expanded.get(org) || bridgeable(graph.memGroupAt(k), org));
    }

    /** {@link #usableAt} for the membership in slot {@code j} of group {@code g}, a group the filter lets through. */
    private boolean usableMember(int g, int j, int org) {
        if (!included.get(org) || !graph.groupMemAllowedAt(j, filter)) {
            return false;
        }
        return expanded.get(org) || bridgeable(g, org);
    }

    /** A membership of an organisation not expanded: its group was reached, and fans out or it ends a level. */
    private boolean bridgeable(int g, int org) {
        return touched.get(g) && (filter.hubs().fansOut(graph.groupSize(g)) || lastLevel.get(org));
    }

    /**
     * What the Cypher statements would return for this neighbourhood, copied into a small snapshot: every
     * organisation reached, every tie an expanded organisation copies, every membership the rules above hold,
     * and the ends themselves (for tests that compare the marks with the Cypher row for row).
     */
    TrustGraphSnapshot copy(Set<String> from, Set<String> to) {
        TrustGraphSnapshot.Builder near = TrustGraphSnapshot.builder();
        for (int x = included.nextSetBit(0); x >= 0; x = included.nextSetBit(x + 1)) {
            graph.copyOrganisation(x, near);
        }
        for (int x = included.nextSetBit(0); x >= 0; x = included.nextSetBit(x + 1)) {
            for (int k = graph.tieStart(x); expanded.get(x) && k < graph.tieEnd(x); k++) {
                int t = graph.tieAt(k);
                int y = graph.tieOther(t, x);
                if (y != x && !avoided.get(y) && graph.tieAllowed(t, filter)) {
                    graph.copyTie(t, near);
                }
            }
            for (int k = graph.memStart(x); k < graph.memEnd(x); k++) {
                if (usableAt(x, k)) {
                    graph.copyMembership(graph.memAt(k), near);
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

    /** The words of a step {@link #steps} offered. */
    public Hop hop(int org, long ref) {
        return ref < 0 ? graph.tieHop(org, (int) ~ref) : graph.groupHop(org, (int) (ref >>> 32), (int) ref, filter.hubs());
    }

    /** A growable list of ints, so expansion levels do not box. */
    private static final class IntList {
        int[] items = new int[16];
        int size;

        void add(int value) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }
    }
}
