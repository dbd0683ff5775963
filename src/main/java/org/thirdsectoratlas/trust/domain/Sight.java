package org.thirdsectoratlas.trust.domain;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * What one caller may see of a held trust graph, by the privacy rule every other read uses
 * (shared/infrastructure/VisibilityRule): a PUBLIC fact is seen by all; a PARTNERS fact by members of its owner and
 * of the owner's confirmed partners (a CONFIRMED collaboration, or both CONFIRMED partners in one consortium); any
 * other tier by members of its owner; moderators see everything. An organisation owns itself, a tie is seen as the
 * fact of either end, a membership is its member's, and a fact is used only when its organisations are seen too.
 * Group sizes are counted over the memberships the caller sees, as every other read counts them.
 *
 * <p>Partners are found in the held graph: its confirmed collaborations and consortium partnerships between
 * organisations that are not retired. A retired organisation's partnerships are not held, so a member of a retired
 * organisation sees no partners-only fact through them (stricter than the database, never weaker).
 */
public final class Sight {

    private final TrustGraphSnapshot graph;
    private final boolean everything;
    private final boolean publicOnly;
    private final BitSet own;
    private final BitSet partners;
    private final int[] sizes;
    private volatile GroupCosts costs;

    private record GroupCosts(HubPolicy hubs, double[] costs) {
    }

    private Sight(TrustGraphSnapshot graph, boolean everything, BitSet own, BitSet partners, int[] sizes) {
        this.graph = graph;
        this.everything = everything;
        this.publicOnly = !everything && own.isEmpty() && partners.isEmpty();
        this.own = own;
        this.partners = partners;
        this.sizes = sizes;
    }

    /** The caller's sight of this graph: computed from the few organisations the caller is a member of. */
    public static Sight of(TrustGraphSnapshot graph, Viewer viewer) {
        if (viewer.moderator()) {
            return graph.moderatorSight();
        }
        if (viewer.organisations().isEmpty()) {
            return graph.publicSight();
        }
        BitSet own = new BitSet();
        for (String id : viewer.organisations()) {
            int o = graph.indexOf(id);
            if (o >= 0) {
                own.set(o);
            }
        }
        BitSet partners = partnersOf(graph, own);
        int[] sizes = sizesSeenBy(graph, viewer.organisations(), partners);
        if (own.isEmpty() && partners.isEmpty() && sizes == graph.groupPublicSizes()) {
            return graph.publicSight();
        }
        return new Sight(graph, false, own, partners, sizes);
    }

    static Sight everyone(TrustGraphSnapshot graph) {
        return new Sight(graph, false, new BitSet(), new BitSet(), graph.groupPublicSizes());
    }

    static Sight everything(TrustGraphSnapshot graph) {
        return new Sight(graph, true, new BitSet(), new BitSet(), graph.groupSizes());
    }

    /** Confirmed collaborators and confirmed fellow consortium partners of the caller's organisations. */
    private static BitSet partnersOf(TrustGraphSnapshot g, BitSet own) {
        BitSet partners = new BitSet();
        for (int v = own.nextSetBit(0); v >= 0; v = own.nextSetBit(v + 1)) {
            for (int k = g.tieStart(v); k < g.tieEnd(v); k++) {
                int t = g.tieAt(k);
                if (g.tieKind(t) == TieKind.COLLABORATION && g.tieStatus(t) == TieStatus.CONFIRMED) {
                    partners.set(g.tieOther(t, v));
                }
            }
            for (int k = g.memStart(v); k < g.memEnd(v); k++) {
                int m = g.memAt(k);
                int c = g.memGroupOf(m);
                if (g.groupKind(c) != TieKind.CONSORTIUM || g.membershipStatus(m) != TieStatus.CONFIRMED) {
                    continue;
                }
                for (int j = g.groupMemStart(c); j < g.groupMemEnd(c); j++) {
                    if (g.membershipStatus(g.groupMemAt(j)) == TieStatus.CONFIRMED) {
                        partners.set(g.groupMemOrgAt(j));
                    }
                }
            }
        }
        return partners;
    }

    /** Public sizes plus the hidden memberships this caller sees (its own, its partners' PARTNERS ones). */
    private static int[] sizesSeenBy(TrustGraphSnapshot g, Set<String> ownIds, BitSet partners) {
        if (!g.anyHiddenMemberships()) {
            return g.groupPublicSizes();
        }
        Set<String> owners = new HashSet<>(ownIds);
        for (int p = partners.nextSetBit(0); p >= 0; p = partners.nextSetBit(p + 1)) {
            owners.add(g.id(p));
        }
        int[] sizes = null;
        for (String owner : owners) {
            boolean isOwn = ownIds.contains(owner);
            for (int entry : g.hiddenMembershipsOf(owner)) {
                if (isOwn || (entry & 3) == Tier.PARTNERS.ordinal()) {
                    if (sizes == null) {
                        sizes = g.groupPublicSizes().clone();
                    }
                    sizes[entry >>> 2]++;
                }
            }
        }
        return sizes == null ? g.groupPublicSizes() : sizes;
    }

    private boolean sees(Tier tier, int owner) {
        return tier == Tier.PUBLIC || everything || own.get(owner) || (tier == Tier.PARTNERS && partners.get(owner));
    }

    public boolean seesOrganisation(int org) {
        return sees(graph.organisationTier(org), org);
    }

    /** A tie, seen as the fact of either end, between two organisations the caller sees. */
    boolean seesTie(int t) {
        if (publicOnly) {
            return false;
        }
        int a = graph.tieFrom(t);
        int b = graph.tieTo(t);
        Tier tier = graph.tieTier(t);
        return seesOrganisation(a) && seesOrganisation(b) && (sees(tier, a) || sees(tier, b));
    }

    /** A membership of an organisation the caller sees. */
    boolean seesMembership(int m) {
        if (publicOnly) {
            return false;
        }
        int org = graph.memOrgOf(m);
        return seesOrganisation(org) && sees(graph.membershipTier(m), org);
    }

    /** Whether this caller sees exactly what anyone sees. */
    public boolean publicOnly() {
        return publicOnly;
    }

    /** The group's size counted over the memberships this caller sees. */
    public int groupSize(int group) {
        return sizes[group];
    }

    /** Each group's hop cost at the sizes this caller sees, computed once per sight. */
    double[] groupCosts(HubPolicy hubs) {
        GroupCosts known = costs;
        if (known == null || !known.hubs().equals(hubs)) {
            double[] all = new double[sizes.length];
            for (int g = 0; g < all.length; g++) {
                all[g] = hubs.cost(sizes[g]);
            }
            known = new GroupCosts(hubs, all);
            costs = known;
        }
        return known.costs();
    }

    TrustGraphSnapshot graph() {
        return graph;
    }
}
