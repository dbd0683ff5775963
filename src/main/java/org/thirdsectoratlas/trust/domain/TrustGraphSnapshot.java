package org.thirdsectoratlas.trust.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The trust graph held in adjacency arrays: organisations, their direct ties (collaboration, infrastructure
 * support) and their memberships of groups (networks, consortia, shared resources). A group is kept as one
 * node, never expanded into all its member pairs, so a 1,000-member network costs 1,000 entries, not 500,000.
 * The same structure holds the whole graph (loaded in one read query) or just the neighbourhood a pathway
 * search explored; {@link #tieHop} and {@link #groupHop} are the one place that words a step.
 */
public final class TrustGraphSnapshot {

    private static final int NO_DATE = Integer.MIN_VALUE;

    private final String[] orgIds;
    private final String[] orgNames;
    private final Map<String, Integer> orgIndex;
    private final String[] groupIds;
    private final String[] groupNames;
    private final TieKind[] groupKinds;
    private final Formality[] groupFormality;
    private final int[] groupSizes;
    private final Map<String, Integer> groupIndex;
    // direct ties
    private final int[] tieFrom;
    private final int[] tieTo;
    private final TieKind[] tieKinds;
    private final String[] tieDetails;
    private final Formality[] tieFormality;
    private final TieStatus[] tieStatus;
    private final int[] tieDates;
    // memberships
    private final int[] memOrg;
    private final int[] memGroup;
    private final TieStatus[] memStatus;
    private final int[] memDates;
    // compressed adjacency: ties of an org, memberships of an org, memberships of a group
    private final int[] orgTieStart;
    private final int[] orgTies;
    private final int[] orgMemStart;
    private final int[] orgMems;
    private final int[] groupMemStart;
    private final int[] groupMems;
    // beside each adjacency slot, what the hot loops read of it (one sequential read instead of scattered ones)
    private final int[] orgTieOthers;
    private final byte[] orgTieFlags;
    private final byte[] orgTieWeakness;
    private final int[] groupMemOrgs;
    private final byte[] groupMemFlags;
    private final int[] orgMemGroups;
    private final byte[] orgMemFlags;
    private final byte[] orgMemWeakness;
    private volatile int[] idRanks;
    /** Each group's hop cost under the hub policy last asked for (searches nearly always ask for the default). */
    private volatile GroupCosts groupCosts;

    private record GroupCosts(HubPolicy hubs, double[] costs) {
    }

    private TrustGraphSnapshot(Builder b) {
        orgIds = b.orgIds.toArray(String[]::new);
        orgNames = b.orgNames.toArray(String[]::new);
        orgIndex = Map.copyOf(b.orgIndex);
        groupIds = b.groupIds.toArray(String[]::new);
        groupNames = b.groupNames.toArray(String[]::new);
        groupKinds = b.groupKinds.toArray(TieKind[]::new);
        groupFormality = b.groupFormality.toArray(Formality[]::new);
        groupSizes = b.groupSizes.stream().mapToInt(Integer::intValue).toArray();
        groupIndex = Map.copyOf(b.groupIndex);
        int ties = b.ties.size();
        tieFrom = new int[ties];
        tieTo = new int[ties];
        tieKinds = new TieKind[ties];
        tieDetails = new String[ties];
        tieFormality = new Formality[ties];
        tieStatus = new TieStatus[ties];
        tieDates = new int[ties];
        for (int t = 0; t < ties; t++) {
            var tie = b.ties.get(t);
            tieFrom[t] = tie.from;
            tieTo[t] = tie.to;
            tieKinds[t] = tie.kind;
            tieDetails[t] = tie.detail;
            tieFormality[t] = tie.formality;
            tieStatus[t] = tie.status;
            tieDates[t] = tie.date;
        }
        int mems = b.mems.size();
        memOrg = new int[mems];
        memGroup = new int[mems];
        memStatus = new TieStatus[mems];
        memDates = new int[mems];
        for (int m = 0; m < mems; m++) {
            var mem = b.mems.get(m);
            memOrg[m] = mem.org;
            memGroup[m] = mem.group;
            memStatus[m] = mem.status;
            memDates[m] = mem.date;
        }
        int n = orgIds.length;
        int[][] tieEnds = {tieFrom, tieTo};
        orgTieStart = new int[n + 1];
        orgTies = new int[ties * 2];
        fill(orgTieStart, orgTies, n, tieEnds, ties);
        orgMemStart = new int[n + 1];
        orgMems = new int[mems];
        fill(orgMemStart, orgMems, n, new int[][] {memOrg}, mems);
        groupMemStart = new int[groupIds.length + 1];
        groupMems = new int[mems];
        fill(groupMemStart, groupMems, groupIds.length, new int[][] {memGroup}, mems);
        orgTieOthers = new int[orgTies.length];
        orgTieFlags = new byte[orgTies.length];
        orgTieWeakness = new byte[orgTies.length];
        for (int x = 0; x < n; x++) {
            for (int k = orgTieStart[x]; k < orgTieStart[x + 1]; k++) {
                int t = orgTies[k];
                orgTieOthers[k] = tieOther(t, x);
                orgTieFlags[k] = TieFilter.flags(tieStatus[t], tieFormality[t]);
                orgTieWeakness[k] = (byte) tieWeakness(t);
            }
        }
        groupMemOrgs = new int[mems];
        groupMemFlags = new byte[mems];
        for (int j = 0; j < mems; j++) {
            int m = groupMems[j];
            groupMemOrgs[j] = memOrg[m];
            groupMemFlags[j] = TieFilter.flags(memStatus[m], groupFormality[memGroup[m]]);
        }
        orgMemGroups = new int[mems];
        orgMemFlags = new byte[mems];
        orgMemWeakness = new byte[mems];
        for (int k = 0; k < mems; k++) {
            int m = orgMems[k];
            Formality formality = groupFormality[memGroup[m]];
            orgMemGroups[k] = memGroup[m];
            orgMemFlags[k] = TieFilter.flags(memStatus[m], formality);
            orgMemWeakness[k] = (byte) (formality.weakness() + memStatus[m].weakness());
        }
    }

    /** Counting sort of element indices by owner: start[i]..start[i+1] lists the elements owned by i. */
    private static void fill(int[] start, int[] items, int owners, int[][] ownerOf, int count) {
        for (int[] owner : ownerOf) {
            for (int e = 0; e < count; e++) {
                start[owner[e] + 1]++;
            }
        }
        for (int i = 0; i < owners; i++) {
            start[i + 1] += start[i];
        }
        int[] next = Arrays.copyOf(start, owners);
        for (int[] owner : ownerOf) {
            for (int e = 0; e < count; e++) {
                items[next[owner[e]]++] = e;
            }
        }
    }

    public int organisationCount() {
        return orgIds.length;
    }

    public int groupCount() {
        return groupIds.length;
    }

    public int tieCount() {
        return tieFrom.length;
    }

    public int membershipCount() {
        return memOrg.length;
    }

    /** The index of an organisation, or -1 when it is not in this graph. */
    public int indexOf(String organisationId) {
        Integer i = orgIndex.get(organisationId);
        return i == null ? -1 : i;
    }

    public int groupIndexOf(String groupId) {
        Integer i = groupIndex.get(groupId);
        return i == null ? -1 : i;
    }

    /** The names of those ids that are organisations in this graph. */
    public Map<String, String> names(Set<String> ids) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String id : ids) {
            int i = indexOf(id);
            if (i >= 0) {
                found.put(id, orgNames[i]);
            }
        }
        return found;
    }

    public String id(int org) {
        return orgIds[org];
    }

    public String name(int org) {
        return orgNames[org];
    }

    public String groupId(int group) {
        return groupIds[group];
    }

    public int groupSize(int group) {
        return groupSizes[group];
    }

    /**
     * Every org-to-org step from {@code org} that the filter allows; when two organisations are linked by
     * several ties only the strongest step is kept (lowest cost, then weakness, then the most recent).
     */
    public List<Hop> hops(int org, TieFilter filter) {
        Map<Integer, Hop> best = new LinkedHashMap<>();
        for (int k = orgTieStart[org]; k < orgTieStart[org + 1]; k++) {
            int t = orgTies[k];
            int other = tieFrom[t] == org ? tieTo[t] : tieFrom[t];
            if (other == org || !filter.accepts(orgIds[other]) || !tieAllowed(t, filter)) {
                continue;
            }
            keepBest(best, other, tieHop(org, t));
        }
        for (int k = orgMemStart[org]; k < orgMemStart[org + 1]; k++) {
            int m = orgMems[k];
            int g = memGroup[m];
            if (!memAllowed(m, filter)) {
                continue;
            }
            for (int j = groupMemStart[g]; j < groupMemStart[g + 1]; j++) {
                int m2 = groupMems[j];
                int other = memOrg[m2];
                if (other == org || !filter.accepts(orgIds[other])
                        || !filter.accepts(pairStatus(m, m2), groupFormality[g])) {
                    continue;
                }
                keepBest(best, other, groupHop(org, m, m2, filter.hubs()));
            }
        }
        return new ArrayList<>(best.values());
    }

    /** The step from {@code org} over direct tie {@code t}, with its words. */
    Hop tieHop(int org, int t) {
        int other = tieFrom[t] == org ? tieTo[t] : tieFrom[t];
        return new Hop(orgIds[org], orgNames[org], orgIds[other], orgNames[other], tieKinds[t], null, null, 1,
                tieFormality[t], tieStatus[t], date(tieDates[t]), 1.0, explainTie(t));
    }

    /** The step from {@code org} (membership {@code m}) to a co-member (membership {@code m2}), with its words. */
    Hop groupHop(int org, int m, int m2, HubPolicy hubs) {
        int g = memGroup[m];
        int other = memOrg[m2];
        return new Hop(orgIds[org], orgNames[org], orgIds[other], orgNames[other], groupKinds[g], groupIds[g],
                groupNames[g], groupSizes[g], groupFormality[g], pairStatus(m, m2), date(pairDate(m, m2)),
                hubs.cost(groupSizes[g]), explainGroup(g, hubs));
    }

    TieStatus pairStatus(int m, int m2) {
        return TieStatus.weaker(memStatus[m], memStatus[m2]);
    }

    /** The older of two memberships' confirmations (unknown when either is). */
    int pairDate(int m, int m2) {
        return Math.min(memDates[m], memDates[m2]);
    }

    int tieWeakness(int t) {
        return tieFormality[t].weakness() + tieStatus[t].weakness();
    }

    int tieDate(int t) {
        return tieDates[t];
    }

    Formality groupFormalityOf(int g) {
        return groupFormality[g];
    }

    /**
     * The ids' rank in string order, so a search can break ties by ids without comparing strings; built on first
     * use (a whole-graph snapshot is shared by every search).
     */
    public int[] idRanks() {
        int[] ranks = idRanks;
        if (ranks == null) {
            Integer[] order = new Integer[orgIds.length];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (a, b) -> orgIds[a].compareTo(orgIds[b]));
            ranks = new int[orgIds.length];
            for (int r = 0; r < order.length; r++) {
                ranks[order[r]] = r;
            }
            idRanks = ranks;
        }
        return ranks;
    }

    private static void keepBest(Map<Integer, Hop> best, int other, Hop hop) {
        best.merge(other, hop, (a, b) -> HOP_ORDER.compare(a, b) <= 0 ? a : b);
    }

    private static final java.util.Comparator<Hop> HOP_ORDER = java.util.Comparator
            .comparingDouble(Hop::cost).thenComparingInt(Hop::weakness)
            .thenComparing(h -> h.lastConfirmed() == null ? LocalDate.MIN : h.lastConfirmed(),
                    java.util.Comparator.reverseOrder())
            .thenComparing(h -> h.groupId() == null ? "" : h.groupId())
            .thenComparing(Hop::explanation);

    private String explainTie(int t) {
        String a = orgNames[tieFrom[t]];
        String b = orgNames[tieTo[t]];
        if (tieKinds[t] == TieKind.INFRASTRUCTURE_SUPPORT) {
            return a + " is supported by " + b;
        }
        String detail = tieDetails[t] == null ? "" : " (" + tieDetails[t].toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + ")";
        return a + " and " + b + " collaborate" + detail;
    }

    private String explainGroup(int g, HubPolicy hubs) {
        String words = switch (groupKinds[g]) {
            case NETWORK -> "both members of " + groupNames[g];
            case CONSORTIUM -> "partners in the " + groupNames[g];
            default -> "both share " + groupNames[g];
        };
        return hubs.fansOut(groupSizes[g]) ? words
                : words + " (" + groupSizes[g] + " members: a weak tie through a large hub)";
    }

    private static LocalDate date(int epochDay) {
        return epochDay == NO_DATE ? null : LocalDate.ofEpochDay(epochDay);
    }

    /**
     * The fewest hops from {@code from} to any of {@code targets} (at most {@code maxHops}), by bidirectional
     * breadth-first search over the arrays; -1 when there is none. Groups above the soft hub limit never fan out:
     * they only join an organisation reached from one end to one reached from the other, as in the Cypher search.
     */
    public int shortestHops(int from, Set<Integer> targets, int maxHops, TieFilter filter) {
        return new BidirectionalBfs(this, filter).distance(from, targets, maxHops);
    }

    /**
     * The part of this (whole) graph that the Cypher search of a pathway between {@code from} and {@code to}
     * reads, built from the arrays instead of the database: the same bounded bidirectional expansion, row for
     * row, copied from the marks of {@link #explore} (tests compare it with the Cypher's rows).
     */
    public TrustGraphSnapshot neighbourhood(Set<String> from, Set<String> to, int maxHops, TieFilter filter) {
        return explore(from, to, maxHops, filter).copy(from, to);
    }

    /** The same neighbourhood marked in place over this graph's arrays, for searching without a copy. */
    public Neighbourhood explore(Set<String> from, Set<String> to, int maxHops, TieFilter filter) {
        return new Neighbourhood(this, filter, from, to, maxHops);
    }

    /** The whole graph as plain adjacency arrays for the connector algorithms. */
    public TrustTopology topology(TieFilter filter) {
        return TrustTopology.of(this, filter);
    }

    // --- package-private raw access for the in-memory algorithms (BFS, connectors) ---

    int tieStart(int org) {
        return orgTieStart[org];
    }

    int tieEnd(int org) {
        return orgTieStart[org + 1];
    }

    int tieAt(int k) {
        return orgTies[k];
    }

    int tieOther(int t, int org) {
        return tieFrom[t] == org ? tieTo[t] : tieFrom[t];
    }

    boolean tieAllowed(int t, TieFilter filter) {
        return filter.accepts(tieStatus[t], tieFormality[t]);
    }

    /** The other end of the tie in adjacency slot {@code k} of its organisation. */
    int tieOtherAt(int k) {
        return orgTieOthers[k];
    }

    /** {@link #tieWeakness} of the tie in slot {@code k} of an organisation's ties. */
    int tieWeaknessAt(int k) {
        return orgTieWeakness[k];
    }

    /** {@link #tieAllowed} for the tie in adjacency slot {@code k}. */
    boolean tieAllowedAt(int k, TieFilter filter) {
        return filter.accepts(orgTieFlags[k]);
    }

    TieKind tieKind(int t) {
        return tieKinds[t];
    }

    void copyTie(int t, Builder into) {
        into.tie("t" + t, orgIds[tieFrom[t]], orgIds[tieTo[t]], tieKinds[t], tieDetails[t], tieFormality[t],
                tieStatus[t], tieDates[t]);
    }

    void copyMembership(int m, Builder into) {
        int g = memGroup[m];
        into.organisation(orgIds[memOrg[m]], orgNames[memOrg[m]]);
        into.group(groupIds[g], groupNames[g], groupKinds[g], groupFormality[g], groupSizes[g]);
        into.membership("m" + m, orgIds[memOrg[m]], groupIds[g], memStatus[m], memDates[m]);
    }

    void copyOrganisation(int org, Builder into) {
        into.organisation(orgIds[org], orgNames[org]);
    }

    int memStart(int org) {
        return orgMemStart[org];
    }

    int memEnd(int org) {
        return orgMemStart[org + 1];
    }

    int memAt(int k) {
        return orgMems[k];
    }

    int memGroupOf(int m) {
        return memGroup[m];
    }

    int memOrgOf(int m) {
        return memOrg[m];
    }

    boolean memAllowed(int m, TieFilter filter) {
        int g = memGroup[m];
        return filter.usable(groupIds[g], groupSizes[g]) && filter.accepts(memStatus[m], groupFormality[g]);
    }

    int groupMemStart(int g) {
        return groupMemStart[g];
    }

    int groupMemEnd(int g) {
        return groupMemStart[g + 1];
    }

    int groupMemAt(int k) {
        return groupMems[k];
    }

    /** The organisation of the membership in group slot {@code k}. */
    int groupMemOrgAt(int k) {
        return groupMemOrgs[k];
    }

    /** The group of the membership in slot {@code k} of an organisation's memberships. */
    int memGroupAt(int k) {
        return orgMemGroups[k];
    }

    /** {@link #memAllowed} for the membership in slot {@code k} of an organisation's memberships. */
    boolean memAllowedAt(int k, TieFilter filter) {
        int g = orgMemGroups[k];
        return filter.accepts(orgMemFlags[k]) && filter.usable(groupIds[g], groupSizes[g]);
    }

    /** The group's formality plus this membership's status: what a step through it weighs at least. */
    int memLeastWeaknessAt(int k) {
        return orgMemWeakness[k];
    }

    /** Each group's hop cost under {@code hubs}, computed once per snapshot rather than per step read. */
    double[] groupCosts(HubPolicy hubs) {
        GroupCosts known = groupCosts;
        if (known == null || !known.hubs().equals(hubs)) {
            double[] costs = new double[groupSizes.length];
            for (int g = 0; g < costs.length; g++) {
                costs[g] = hubs.cost(groupSizes[g]);
            }
            known = new GroupCosts(hubs, costs);
            groupCosts = known;
        }
        return known.costs();
    }

    /** {@link #memAllowed} for the membership in group slot {@code k}, once its group is known to be usable. */
    boolean groupMemAllowedAt(int k, TieFilter filter) {
        return filter.accepts(groupMemFlags[k]);
    }

    /** Whether the filter lets a search use this group at all (hub limits, the via group). */
    boolean groupUsable(int g, TieFilter filter) {
        return filter.usable(groupIds[g], groupSizes[g]);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects organisations, ties and memberships (duplicates ignored), then freezes them into arrays. */
    public static final class Builder {

        private record TieRow(int from, int to, TieKind kind, String detail, Formality formality, TieStatus status,
                              int date) {
        }

        private record MemRow(int org, int group, TieStatus status, int date) {
        }

        private final List<String> orgIds = new ArrayList<>();
        private final List<String> orgNames = new ArrayList<>();
        private final Map<String, Integer> orgIndex = new HashMap<>();
        private final List<String> groupIds = new ArrayList<>();
        private final List<String> groupNames = new ArrayList<>();
        private final List<TieKind> groupKinds = new ArrayList<>();
        private final List<Formality> groupFormality = new ArrayList<>();
        private final List<Integer> groupSizes = new ArrayList<>();
        private final Map<String, Integer> groupIndex = new HashMap<>();
        private final List<TieRow> ties = new ArrayList<>();
        private final List<MemRow> mems = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();

        public int organisation(String id, String name) {
            return orgIndex.computeIfAbsent(id, k -> {
                orgIds.add(id);
                orgNames.add(name == null ? id : name);
                return orgIds.size() - 1;
            });
        }

        public boolean hasOrganisation(String id) {
            return orgIndex.containsKey(id);
        }

        /**
         * A direct tie from {@code fromId} (the relationship's start) to {@code toId}; {@code key} identifies the
         * relationship, so the same one read from both ends is kept once.
         */
        public void tie(String key, String fromId, String toId, TieKind kind, String detail, String formality, String status,
                        LocalDate lastConfirmed) {
            if (!seen.add(key)) {
                return;
            }
            ties.add(new TieRow(orgIndex.get(fromId), orgIndex.get(toId), kind, detail, Formality.parse(formality),
                    TieStatus.parse(status), epochDay(lastConfirmed)));
        }

        /**
         * A group; a consortium is always a formal tie, a network has its stated formality, a shared resource's
         * formality is unstated.
         */
        public int group(String id, String name, TieKind kind, String formality, int size) {
            return groupIndex.computeIfAbsent(id, k -> {
                groupIds.add(id);
                groupNames.add(name == null ? id : name);
                groupKinds.add(kind);
                groupFormality.add(switch (kind) {
                    case CONSORTIUM -> Formality.FORMAL;
                    case NETWORK -> Formality.parse(formality);
                    default -> Formality.UNSTATED;
                });
                groupSizes.add(size);
                return groupIds.size() - 1;
            });
        }

        public void membership(String key, String orgId, String groupId, String status, LocalDate lastConfirmed) {
            if (!seen.add(key)) {
                return;
            }
            mems.add(new MemRow(orgIndex.get(orgId), groupIndex.get(groupId), TieStatus.parse(status),
                    epochDay(lastConfirmed)));
        }

        /** A tie already parsed (copied from a whole-graph snapshot). */
        void tie(String key, String fromId, String toId, TieKind kind, String detail, Formality formality,
                 TieStatus status, int date) {
            if (seen.add(key)) {
                ties.add(new TieRow(orgIndex.get(fromId), orgIndex.get(toId), kind, detail, formality, status, date));
            }
        }

        void group(String id, String name, TieKind kind, Formality formality, int size) {
            groupIndex.computeIfAbsent(id, k -> {
                groupIds.add(id);
                groupNames.add(name);
                groupKinds.add(kind);
                groupFormality.add(formality);
                groupSizes.add(size);
                return groupIds.size() - 1;
            });
        }

        void membership(String key, String orgId, String groupId, TieStatus status, int date) {
            if (seen.add(key)) {
                mems.add(new MemRow(orgIndex.get(orgId), groupIndex.get(groupId), status, date));
            }
        }

        private static int epochDay(LocalDate date) {
            return date == null ? NO_DATE : (int) date.toEpochDay();
        }

        public TrustGraphSnapshot build() {
            return new TrustGraphSnapshot(this);
        }
    }
}
