package org.thirdsectoratlas.trust.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The trust graph held in adjacency arrays: organisations, their direct ties (collaboration, infrastructure
 * support) and their memberships of groups (networks, consortia, shared resources). A group is kept as one
 * node, never expanded into all its member pairs, so a 1,000-member network costs 1,000 entries, not 500,000.
 * Every live fact is held with its privacy tier (an organisation owns itself, a tie either end, a membership its
 * member); a caller's {@link Sight} decides which of them that caller may use. {@link #tieHop} and
 * {@link #groupHop} are the one place that words a step.
 */
public final class TrustGraphSnapshot {

    static final int NO_DATE = Integer.MIN_VALUE;

    private final String[] orgIds;
    private final String[] orgNames;
    private final Map<String, Integer> orgIndex;
    private final String[] groupIds;
    private final String[] groupNames;
    private final TieKind[] groupKinds;
    private final Formality[] groupFormality;
    /** Every membership a group has (withdrawn and hidden ones too): its size as a moderator sees it. */
    private final int[] groupSizes;
    /** Its size as anyone sees it: without the memberships whose fact or member is not PUBLIC. */
    private final int[] groupPublicSizes;
    /** The group's hidden memberships by owner (the member's id): entries {@code group << 2 | tier}. */
    private final Map<String, int[]> hiddenMemberships;
    private final Map<String, Integer> groupIndex;
    // privacy tiers (Tier ordinals): an organisation owns itself, a tie is either end's, a membership its member's
    private final byte[] orgTiers;
    private final byte[] tieTiers;
    private final byte[] memTiers;
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
    private volatile Sight publicSight;
    private volatile Sight moderatorSight;

    TrustGraphSnapshot(TrustGraphBuilder b, TrustGraphSnapshot previous) {
        orgIds = b.orgIds.toArray(String[]::new);
        orgNames = b.orgNames.toArray(String[]::new);
        orgIndex = Map.copyOf(b.orgIndex);
        groupIds = b.groupIds.toArray(String[]::new);
        groupNames = b.groupNames.toArray(String[]::new);
        groupKinds = b.groupKinds.toArray(TieKind[]::new);
        groupFormality = b.groupFormality.toArray(Formality[]::new);
        groupSizes = b.groupSizes.stream().mapToInt(Integer::intValue).toArray();
        groupIndex = Map.copyOf(b.groupIndex);
        groupPublicSizes = groupSizes.clone();
        Map<String, int[]> hidden = new HashMap<>();
        for (var entry : b.hiddenMemberships.entrySet()) {
            int[] known = entry.getValue().stream().filter(e -> groupIndex.containsKey(e.group()))
                    .mapToInt(e -> groupIndex.get(e.group()) << 2 | e.tier().ordinal()).toArray();
            for (int e : known) {
                groupPublicSizes[e >>> 2]--;
            }
            if (known.length > 0) {
                hidden.put(entry.getKey(), known);
            }
        }
        hiddenMemberships = Map.copyOf(hidden);
        orgTiers = new byte[orgIds.length];
        for (int o = 0; o < orgTiers.length; o++) {
            orgTiers[o] = (byte) b.orgTiers.get(o).ordinal();
        }
        if (previous != null && previous.orgIds.length == orgIds.length) {
            idRanks = previous.idRanks;
        }
        var tieRows = b.ties.values().toArray(TrustGraphBuilder.TieRow[]::new);
        int ties = tieRows.length;
        tieFrom = new int[ties];
        tieTo = new int[ties];
        tieKinds = new TieKind[ties];
        tieDetails = new String[ties];
        tieFormality = new Formality[ties];
        tieStatus = new TieStatus[ties];
        tieDates = new int[ties];
        tieTiers = new byte[ties];
        for (int t = 0; t < ties; t++) {
            var tie = tieRows[t];
            tieFrom[t] = tie.from();
            tieTo[t] = tie.to();
            tieKinds[t] = tie.kind();
            tieDetails[t] = tie.detail();
            tieFormality[t] = tie.formality();
            tieStatus[t] = tie.status();
            tieDates[t] = tie.date();
            tieTiers[t] = (byte) tie.tier().ordinal();
        }
        var memRows = b.mems.values().toArray(TrustGraphBuilder.MemRow[]::new);
        int mems = memRows.length;
        memOrg = new int[mems];
        memGroup = new int[mems];
        memStatus = new TieStatus[mems];
        memDates = new int[mems];
        memTiers = new byte[mems];
        for (int m = 0; m < mems; m++) {
            var mem = memRows[m];
            memOrg[m] = mem.org();
            memGroup[m] = mem.group();
            memStatus[m] = mem.status();
            memDates[m] = mem.date();
            memTiers[m] = (byte) mem.tier().ordinal();
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
                orgTieFlags[k] = TieFilter.flags(tieStatus[t], tieFormality[t], tieForEveryone(t));
                orgTieWeakness[k] = (byte) tieWeakness(t);
            }
        }
        groupMemOrgs = new int[mems];
        groupMemFlags = new byte[mems];
        for (int j = 0; j < mems; j++) {
            int m = groupMems[j];
            groupMemOrgs[j] = memOrg[m];
            groupMemFlags[j] = TieFilter.flags(memStatus[m], groupFormality[memGroup[m]], membershipForEveryone(m));
        }
        orgMemGroups = new int[mems];
        orgMemFlags = new byte[mems];
        orgMemWeakness = new byte[mems];
        for (int k = 0; k < mems; k++) {
            int m = orgMems[k];
            Formality formality = groupFormality[memGroup[m]];
            orgMemGroups[k] = memGroup[m];
            orgMemFlags[k] = TieFilter.flags(memStatus[m], formality, membershipForEveryone(m));
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

    /** The step from {@code org} over direct tie {@code t}, with its words. */
    Hop tieHop(int org, int t) {
        return HopWords.tie(this, org, t);
    }

    /** The step from {@code org} (membership {@code m}) to a co-member (membership {@code m2}), with its words. */
    Hop groupHop(int org, int m, int m2, HubPolicy hubs) {
        return HopWords.group(this, org, m, m2, hubs, groupSizes[memGroup[m]]);
    }

    /** The same step through a group of {@code size} members as its caller sees it. */
    Hop groupHop(int org, int m, int m2, HubPolicy hubs, int size) {
        return HopWords.group(this, org, m, m2, hubs, size);
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




    // --- privacy tiers, read through a caller's Sight ---

    /** A direct tie everyone may see: the tie and both its ends are PUBLIC. */
    private boolean tieForEveryone(int t) {
        return tieTiers[t] == 0 && orgTiers[tieFrom[t]] == 0 && orgTiers[tieTo[t]] == 0;
    }

    /** A membership everyone may see: it and its member are PUBLIC. */
    private boolean membershipForEveryone(int m) {
        return memTiers[m] == 0 && orgTiers[memOrg[m]] == 0;
    }

    Tier organisationTier(int org) {
        return Tier.of(orgTiers[org]);
    }

    Tier tieTier(int t) {
        return Tier.of(tieTiers[t]);
    }

    Tier membershipTier(int m) {
        return Tier.of(memTiers[m]);
    }

    int tieFrom(int t) {
        return tieFrom[t];
    }

    int tieTo(int t) {
        return tieTo[t];
    }

    TieStatus tieStatus(int t) {
        return tieStatus[t];
    }

    Formality tieFormality(int t) {
        return tieFormality[t];
    }

    TieStatus membershipStatus(int m) {
        return memStatus[m];
    }

    TieKind groupKind(int g) {
        return groupKinds[g];
    }

    /** A group's size as anyone sees it. */
    int groupPublicSize(int g) {
        return groupPublicSizes[g];
    }

    /** The hidden memberships this organisation owns, as entries {@code group << 2 | tier}; none when it owns none. */
    int[] hiddenMembershipsOf(String owner) {
        return hiddenMemberships.getOrDefault(owner, NONE);
    }

    boolean anyHiddenMemberships() {
        return !hiddenMemberships.isEmpty();
    }

    private static final int[] NONE = {};

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


    /** The other end of the tie in adjacency slot {@code k} of its organisation. */
    int tieOtherAt(int k) {
        return orgTieOthers[k];
    }

    /** {@link #tieWeakness} of the tie in slot {@code k} of an organisation's ties. */
    int tieWeaknessAt(int k) {
        return orgTieWeakness[k];
    }


    String tieDetail(int t) {
        return tieDetails[t];
    }

    String groupName(int g) {
        return groupNames[g];
    }

    TieKind tieKind(int t) {
        return tieKinds[t];
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


    /** The status, formality and everyone-may-see bits of the membership in slot {@code k} of an organisation's. */
    byte memFlagsAt(int k) {
        return orgMemFlags[k];
    }

    /** The same bits for the membership in group slot {@code k}. */
    byte groupMemFlagsAt(int k) {
        return groupMemFlags[k];
    }

    /** The same bits for the tie in slot {@code k} of an organisation's ties. */
    byte tieFlagsAt(int k) {
        return orgTieFlags[k];
    }

    /** The group's formality plus this membership's status: what a step through it weighs at least. */
    int memLeastWeaknessAt(int k) {
        return orgMemWeakness[k];
    }

    /** Anyone's sight of this graph (anonymous callers, and members whose organisations own no hidden fact). */
    Sight publicSight() {
        Sight sight = publicSight;
        if (sight == null) {
            sight = Sight.everyone(this);
            publicSight = sight;
        }
        return sight;
    }

    /** A moderator's sight: every fact. */
    Sight moderatorSight() {
        Sight sight = moderatorSight;
        if (sight == null) {
            sight = Sight.everything(this);
            moderatorSight = sight;
        }
        return sight;
    }

    int[] groupPublicSizes() {
        return groupPublicSizes;
    }

    int[] groupSizes() {
        return groupSizes;
    }



    public static TrustGraphBuilder builder() {
        return new TrustGraphBuilder();
    }
}
