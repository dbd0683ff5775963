package org.thirdsectoratlas.trust.domain;

import java.util.BitSet;
import java.util.function.IntConsumer;

/**
 * The whole held trust graph as one caller may use it for one search: the steps the filter allows
 * ({@code confirmedOnly}, {@code formalOnly}, {@code avoid}, hub limits, the via group) through the facts the
 * caller's {@link Sight} sees, with group costs at the sizes that caller sees. Nothing is copied or marked ahead: a
 * search reads steps as primitives from the arrays as it goes, and words are built only for the pathways returned.
 * Every step of every simple pathway counts (the definition in docs/pathways.md); which of them a search reads is
 * the search's business.
 */
public final class TrustView {

    /** Receives one usable step: where it leads, its cost and weakness, its date, and what makes it. */
    @FunctionalInterface
    public interface StepSink {
        /**
         * @param date epoch day of the older confirmation, or {@link Integer#MIN_VALUE} when unknown
         * @param step the tie or the pair of memberships behind the step ({@link Step}), for {@link #hop}
         */
        void step(int other, double cost, int weakness, int date, long step);
    }

    /** Receives one usable group of an organisation and the least weakness of a step through it from there. */
    @FunctionalInterface
    public interface GroupSink {
        void group(int group, int leastWeakness);
    }

    private final TrustGraphSnapshot graph;
    private final TieFilter filter;
    private final Sight sight;
    private final double[] groupCosts;
    private final int viaGroup;
    private final BitSet avoided = new BitSet();
    /** Organisations whose steps a search has read: how much of the graph it looked at. */
    private final BitSet read;

    public TrustView(TrustGraphSnapshot graph, TieFilter filter, Sight sight) {
        if (sight.graph() != graph) {
            throw new IllegalArgumentException("a sight of another graph");
        }
        this.graph = graph;
        this.filter = filter;
        this.sight = sight;
        this.groupCosts = sight.groupCosts(filter.hubs());
        this.viaGroup = filter.viaGroup() == null ? -1 : graph.groupIndexOf(filter.viaGroup());
        this.read = new BitSet(graph.organisationCount());
        for (String id : filter.avoid()) {
            int i = graph.indexOf(id);
            if (i >= 0) {
                avoided.set(i);
            }
        }
    }

    public TrustGraphSnapshot graph() {
        return graph;
    }

    public TieFilter filter() {
        return filter;
    }

    public Sight sight() {
        return sight;
    }

    /** How many organisations' steps have been read so far. */
    public int size() {
        return read.cardinality();
    }

    /**
     * Every usable step from {@code org}, parallel ties included (the caller keeps the best per organisation): the
     * steps {@code hops} words, over the facts this caller sees.
     */
    public void steps(int org, StepSink sink) {
        ties(org, sink);
        for (int k = graph.memStart(org); k < graph.memEnd(org); k++) {
            if (!usableMembershipAt(k)) {
                continue;
            }
            int m = graph.memAt(k);
            int g = graph.memGroupAt(k);
            double cost = groupCosts[g];
            Formality formality = graph.groupFormalityOf(g);
            for (int j = graph.groupMemStart(g); j < graph.groupMemEnd(g); j++) {
                int y = graph.groupMemOrgAt(j);
                if (y == org || !usableMemberAt(j, y)) {
                    continue;
                }
                int m2 = graph.groupMemAt(j);
                TieStatus status = graph.pairStatus(m, m2);
                if (filter.accepts(status, formality)) {
                    sink.step(y, cost, formality.weakness() + status.weakness(), graph.pairDate(m, m2),
                            Step.through(m, m2));
                }
            }
        }
    }

    /** The usable direct ties from {@code org}. */
    public void ties(int org, StepSink sink) {
        read.set(org);
        for (int k = graph.tieStart(org); k < graph.tieEnd(org); k++) {
            int y = graph.tieOtherAt(k);
            if (usableTieAt(org, k, y)) {
                int t = graph.tieAt(k);
                sink.step(y, 1.0, graph.tieWeaknessAt(k), graph.tieDate(t), Step.tie(t));
            }
        }
    }

    /** The other ends of the usable direct ties from {@code org}: {@link #ties} for searches that count hops. */
    public void tieNeighbours(int org, IntConsumer other) {
        for (int k = graph.tieStart(org); k < graph.tieEnd(org); k++) {
            int y = graph.tieOtherAt(k);
            if (usableTieAt(org, k, y)) {
                other.accept(y);
            }
        }
    }

    /**
     * The groups of {@code org}'s usable memberships, for searches that treat a group as one node (a bound needs
     * each group once, not each pair of its members).
     */
    public void groups(int org, GroupSink sink) {
        for (int k = graph.memStart(org); k < graph.memEnd(org); k++) {
            if (usableMembershipAt(k)) {
                sink.group(graph.memGroupAt(k), graph.memLeastWeaknessAt(k));
            }
        }
    }

    /** The organisations of the usable memberships of group {@code group}: those a pathway may pass through. */
    public void memberOrganisations(int group, IntConsumer organisation) {
        if (!usableGroup(group)) {
            return;
        }
        for (int j = graph.groupMemStart(group); j < graph.groupMemEnd(group); j++) {
            int y = graph.groupMemOrgAt(j);
            if (usableMemberAt(j, y)) {
                organisation.accept(y);
            }
        }
    }

    /** Whether {@code org} has any usable step at all. */
    public boolean hasSteps(int org) {
        boolean[] any = {false};
        if (org >= 0) {
            steps(org, (other, cost, weakness, date, step) -> any[0] = true);
        }
        return any[0];
    }

    /** What a step through this group costs (its hop, before formality and statuses). */
    public double groupCost(int group) {
        return groupCosts[group];
    }

    /** The words of a step {@link #steps} offered. */
    public Hop hop(int org, long step) {
        if (Step.isTie(step)) {
            return graph.tieHop(org, Step.tieOf(step));
        }
        int m = Step.membershipOf(step);
        return graph.groupHop(org, m, Step.otherMembershipOf(step), filter.hubs(), sight.groupSize(graph.memGroupOf(m)));
    }

    /** The group a step goes through, or -1 for a direct tie. */
    public int groupOf(long step) {
        return Step.isTie(step) ? -1 : graph.memGroupOf(Step.membershipOf(step));
    }

    private boolean usableGroup(int g) {
        int size = sight.groupSize(g);
        return size <= filter.hubs().hardLimit() || g == viaGroup;
    }

    private boolean usableTieAt(int org, int k, int y) {
        if (y == org || avoided.get(y)) {
            return false;
        }
        byte flags = graph.tieFlagsAt(k);
        return filter.accepts(flags) && (TieFilter.forEveryone(flags) || sight.seesTie(graph.tieAt(k)));
    }

    /** The membership in slot {@code k} of an organisation's: allowed by the filter, seen, its group usable. */
    private boolean usableMembershipAt(int k) {
        byte flags = graph.memFlagsAt(k);
        return filter.accepts(flags) && (TieFilter.forEveryone(flags) || sight.seesMembership(graph.memAt(k)))
                && usableGroup(graph.memGroupAt(k));
    }

    /** The membership in group slot {@code j}, of organisation {@code y}. */
    private boolean usableMemberAt(int j, int y) {
        if (avoided.get(y)) {
            return false;
        }
        byte flags = graph.groupMemFlagsAt(j);
        return filter.accepts(flags) && (TieFilter.forEveryone(flags) || sight.seesMembership(graph.groupMemAt(j)));
    }
}
