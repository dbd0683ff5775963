package org.thirdsectoratlas.insights.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The coverage rule ({@link CoverageReport#RULE}) computed in memory from the graph's facts, streamed in as
 * flat rows: communities, localities and PART_OF, organisations and groups (networks, consortia), and their
 * SUPPORTS, OPERATES_IN, MEMBER_OF and PARTNER_IN ties (only those that count: visible, not withdrawn, not
 * retired). One pass per community over its supporters, with places as int arrays rolled up through PART_OF
 * once per organisation and group: the cost grows with ties × places, and the per-organisation rows a Cypher
 * aggregation would build (millions at 200,000 organisations) are never materialised.
 */
public final class CoverageFacts {

    /** The tie types that matter to coverage. */
    public enum Tie { SUPPORTS, OPERATES_IN, MEMBER_OF, PARTNER_IN }

    private static final int[] NONE = new int[0];

    private final Index communities = new Index();
    private final Index localities = new Index();
    private final Index organisations = new Index();
    private final Index groups = new Index();
    private final List<Boolean> groupIsNetwork = new ArrayList<>();
    private final List<int[]> partOf = new ArrayList<>();
    private final List<IntBag> orgSupports = new ArrayList<>();
    private final List<IntBag> orgPlaces = new ArrayList<>();
    private final List<IntBag> orgNetworks = new ArrayList<>();
    private final List<IntBag> orgConsortia = new ArrayList<>();
    private final List<IntBag> groupSupports = new ArrayList<>();
    private final List<IntBag> groupPlaces = new ArrayList<>();

    public void community(Ref community) {
        communities.add(community);
    }

    public void locality(Ref locality) {
        localities.add(locality);
    }

    public void partOf(String locality, String within) {
        int a = localities.of(locality);
        int b = localities.of(within);
        if (a >= 0 && b >= 0) {
            partOf.add(new int[] {a, b});
        }
    }

    public void organisation(Ref organisation) {
        if (organisations.add(organisation)) {
            orgSupports.add(new IntBag());
            orgPlaces.add(new IntBag());
            orgNetworks.add(new IntBag());
            orgConsortia.add(new IntBag());
        }
    }

    /** A network ({@code network} true) or a consortium; kind is its formality or structure. */
    public void group(Ref group, boolean network) {
        if (groups.add(group)) {
            groupIsNetwork.add(network);
            groupSupports.add(new IntBag());
            groupPlaces.add(new IntBag());
        }
    }

    /** A tie from a counted organisation; ties to anything not streamed in before are ignored. */
    public void organisationTie(String organisation, Tie type, String target) {
        int o = organisations.of(organisation);
        if (o < 0) {
            return;
        }
        switch (type) {
            case SUPPORTS -> addIfKnown(orgSupports.get(o), communities.of(target));
            case OPERATES_IN -> addIfKnown(orgPlaces.get(o), localities.of(target));
            case MEMBER_OF -> addIfKnown(orgNetworks.get(o), groupOfKind(target, true));
            case PARTNER_IN -> addIfKnown(orgConsortia.get(o), groupOfKind(target, false));
        }
    }

    /** A network's or consortium's own SUPPORTS or OPERATES_IN tie. */
    public void groupTie(String group, Tie type, String target) {
        int g = groups.of(group);
        if (g < 0) {
            return;
        }
        switch (type) {
            case SUPPORTS -> addIfKnown(groupSupports.get(g), communities.of(target));
            case OPERATES_IN -> addIfKnown(groupPlaces.get(g), localities.of(target));
            default -> throw new IllegalArgumentException("groups cover cells through SUPPORTS and OPERATES_IN only");
        }
    }

    private int groupOfKind(String id, boolean network) {
        int g = groups.of(id);
        return g >= 0 && groupIsNetwork.get(g) == network ? g : -1;
    }

    private static void addIfKnown(IntBag bag, int value) {
        if (value >= 0) {
            bag.add(value);
        }
    }

    public CoverageMatrix compute(int organisationsPerCell) {
        CoverageMatrixBuilder builder = new CoverageMatrixBuilder(organisationsPerCell);
        communities.refs.forEach(builder::community);
        localities.refs.forEach(builder::locality);
        int[][] upward = rollUp();
        int orgCount = organisations.refs.size();
        int[][] ownPlaces = new int[orgCount][];
        int[][] supports = new int[orgCount][];
        int[][] networks = new int[orgCount][];
        int[][] consortia = new int[orgCount][];
        for (int o = 0; o < orgCount; o++) {
            ownPlaces[o] = places(orgPlaces.get(o).distinct(), upward);
            supports[o] = orgSupports.get(o).distinct();
            networks[o] = orgNetworks.get(o).distinct();
            consortia[o] = orgConsortia.get(o).distinct();
        }
        int[][] placesOfGroup = new int[groups.refs.size()][];
        for (int g = 0; g < placesOfGroup.length; g++) {
            placesOfGroup[g] = places(groupPlaces.get(g).distinct(), upward);
        }
        int[] idRank = idRank(organisations.refs);
        int[] byRank = new int[idRank.length];
        for (int o = 0; o < idRank.length; o++) {
            byRank[idRank[o]] = o;
        }
        List<IntBag> supportersOf = byCommunity(supports);
        int[][] membersOf = reverse(networks, groups.refs.size());
        int[][] partnersOf = reverse(consortia, groups.refs.size());
        int[][] allPlaces = new int[orgCount][];
        for (int o = 0; o < orgCount; o++) {
            if (consortia[o].length > 0) {
                allPlaces[o] = ownPlaces[o];
                for (int n : networks[o]) {
                    allPlaces[o] = union(allPlaces[o], placesOfGroup[n]);
                }
            }
        }
        int[][] groupCommunities = new int[groups.refs.size()][];
        for (int g = 0; g < groupCommunities.length; g++) {
            groupCommunities[g] = groupSupports.get(g).distinct();
        }
        GroupCells cells = new GroupCells(localities.refs.size());
        int[] supportsC = new int[orgCount];
        for (int c = 0; c < communities.refs.size(); c++) {
            int[] supporters = supportersOf.get(c).distinct();
            organisationRows(builder, c, supporters, ownPlaces, networks, placesOfGroup);
            for (int o : supporters) {
                supportsC[o] = c + 1;
            }
            String community = communities.refs.get(c).id();
            for (int g = 0; g < groupCommunities.length; g++) {
                boolean network = groupIsNetwork.get(g);
                for (int o : network ? membersOf[g] : partnersOf[g]) {
                    if (supportsC[o] == c + 1) {
                        // A network member in its own places or the network's; a partner in all of its places.
                        cells.add(network ? ownPlaces[o] : allPlaces[o], o);
                        if (network) {
                            cells.add(placesOfGroup[g], o);
                        }
                    }
                }
                if (Arrays.binarySearch(groupCommunities[g], c) >= 0) {
                    cells.own(placesOfGroup[g]);
                }
                Ref group = groups.refs.get(g);
                cells.drain((l, own, members) -> {
                    int[] ranks = new int[members.length];
                    for (int i = 0; i < members.length; i++) {
                        ranks[i] = idRank[members[i]];
                    }
                    Arrays.sort(ranks);
                    List<String> ids = new ArrayList<>(ranks.length);
                    for (int r : ranks) {
                        ids.add(organisations.refs.get(byRank[r]).id());
                    }
                    CellGroup entry = new CellGroup(group.id(), group.name(), group.kind(), own, List.copyOf(ids));
                    CellKey cell = new CellKey(community, localities.refs.get(l).id());
                    if (network) {
                        builder.network(cell, entry);
                    } else {
                        builder.consortium(cell, entry);
                    }
                });
            }
        }
        return builder.build();
    }

    /** Each organisation in its own places, and through its networks' places where it states none there. */
    private void organisationRows(CoverageMatrixBuilder builder, int c, int[] supporters, int[][] ownPlaces,
                                  int[][] networks, int[][] placesOfGroup) {
        String community = communities.refs.get(c).id();
        for (int o : supporters) {
            Ref org = organisations.refs.get(o);
            for (int l : ownPlaces[o]) {
                builder.organisation(new CellKey(community, localities.refs.get(l).id()),
                        new CellOrganisation(org.id(), org.name(), org.kind(), true, List.of()));
            }
            Map<Integer, List<String>> through = new HashMap<>();
            for (int n : networks[o]) {
                for (int l : placesOfGroup[n]) {
                    if (Arrays.binarySearch(ownPlaces[o], l) < 0) {
                        through.computeIfAbsent(l, k -> new ArrayList<>()).add(groups.refs.get(n).id());
                    }
                }
            }
            through.forEach((l, via) -> builder.organisation(new CellKey(community, localities.refs.get(l).id()),
                    new CellOrganisation(org.id(), org.name(), org.kind(), false, via.stream().sorted().toList())));
        }
    }

    /** For each group, the organisations that name it (members of a network, partners of a consortium). */
    private static int[][] reverse(int[][] groupsOfOrganisation, int groupCount) {
        int[] counts = new int[groupCount];
        for (int[] gs : groupsOfOrganisation) {
            for (int g : gs) {
                counts[g]++;
            }
        }
        int[][] out = new int[groupCount][];
        for (int g = 0; g < groupCount; g++) {
            out[g] = new int[counts[g]];
            counts[g] = 0;
        }
        for (int o = 0; o < groupsOfOrganisation.length; o++) {
            for (int g : groupsOfOrganisation[o]) {
                out[g][counts[g]++] = o;
            }
        }
        return out;
    }

    /** One group's cells in one community's row, gathered per locality and handed over, then reset. */
    private static final class GroupCells {
        interface Sink {
            void accept(int locality, boolean own, int[] members);
        }

        final IntBag[] members;
        final boolean[] own;
        final boolean[] touched;
        final IntBag touchedList = new IntBag();

        GroupCells(int localities) {
            members = new IntBag[localities];
            own = new boolean[localities];
            touched = new boolean[localities];
        }

        void add(int[] places, int organisation) {
            for (int l : places) {
                touch(l);
                if (members[l] == null) {
                    members[l] = new IntBag();
                }
                members[l].add(organisation);
            }
        }

        void own(int[] places) {
            for (int l : places) {
                touch(l);
                own[l] = true;
            }
        }

        private void touch(int l) {
            if (!touched[l]) {
                touched[l] = true;
                touchedList.add(l);
            }
        }

        void drain(Sink sink) {
            for (int i = 0; i < touchedList.size; i++) {
                int l = touchedList.values[i];
                sink.accept(l, own[l], members[l] == null ? NONE : members[l].distinct());
                if (members[l] != null) {
                    members[l].size = 0;
                }
                own[l] = false;
                touched[l] = false;
            }
            touchedList.size = 0;
        }
    }

    /** For each locality: itself and every place it is PART_OF, transitively (cycles tolerated). */
    private int[][] rollUp() {
        int n = localities.refs.size();
        List<IntBag> parents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parents.add(new IntBag());
        }
        partOf.forEach(e -> parents.get(e[0]).add(e[1]));
        int[][] upward = new int[n][];
        for (int l = 0; l < n; l++) {
            IntBag seen = new IntBag();
            boolean[] visited = new boolean[n];
            IntBag stack = new IntBag();
            stack.add(l);
            visited[l] = true;
            while (stack.size > 0) {
                int x = stack.values[--stack.size];
                seen.add(x);
                for (int p : parents.get(x).distinct()) {
                    if (!visited[p]) {
                        visited[p] = true;
                        stack.add(p);
                    }
                }
            }
            upward[l] = seen.distinct();
        }
        return upward;
    }

    private static int[] places(int[] stated, int[][] upward) {
        int[] all = NONE;
        for (int l : stated) {
            all = union(all, upward[l]);
        }
        return all;
    }

    /** Union of two sorted, duplicate-free arrays. */
    private static int[] union(int[] a, int[] b) {
        if (a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length || j < b.length) {
            int next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
            if (i < a.length && a[i] == next) {
                i++;
            }
            if (j < b.length && b[j] == next) {
                j++;
            }
            out[k++] = next;
        }
        return Arrays.copyOf(out, k);
    }

    private List<IntBag> byCommunity(int[][] supports) {
        List<IntBag> byCommunity = new ArrayList<>();
        for (int c = 0; c < communities.refs.size(); c++) {
            byCommunity.add(new IntBag());
        }
        for (int o = 0; o < supports.length; o++) {
            for (int c : supports[o]) {
                byCommunity.get(c).add(o);
            }
        }
        return byCommunity;
    }

    private static int[] idRank(List<Ref> refs) {
        Integer[] order = new Integer[refs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> refs.get(a).id().compareTo(refs.get(b).id()));
        int[] rank = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }

    /** Refs by id, each id once (the first wins). */
    private static final class Index {
        final List<Ref> refs = new ArrayList<>();
        final Map<String, Integer> byId = new HashMap<>();

        boolean add(Ref ref) {
            if (ref.id() == null || byId.containsKey(ref.id())) {
                return false;
            }
            byId.put(ref.id(), refs.size());
            refs.add(ref);
            return true;
        }

        int of(String id) {
            Integer i = id == null ? null : byId.get(id);
            return i == null ? -1 : i;
        }
    }

    /** A growable int list. */
    private static final class IntBag {
        int[] values = NONE;
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.max(4, size * 2));
            }
            values[size++] = v;
        }

        /** Sorted, each value once. */
        int[] distinct() {
            return Arrays.stream(values, 0, size).sorted().distinct().toArray();
        }
    }
}
