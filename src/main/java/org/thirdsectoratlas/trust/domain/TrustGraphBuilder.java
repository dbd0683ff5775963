package org.thirdsectoratlas.trust.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects organisations, ties and memberships (duplicates ignored) with their privacy tiers, then freezes them into
 * a {@link TrustGraphSnapshot}'s arrays. The held graph keeps its builder as the store of its facts: a change
 * {@link #forget}s the facts of the organisations and groups it touched, the repository adds them again as the
 * database now holds them, and {@link #build(TrustGraphSnapshot)} freezes the next snapshot without reading the
 * rest of the graph again. Organisations and groups keep their index once given (one that loses every fact stays,
 * with nothing to step over), so facts are held by index.
 */
public final class TrustGraphBuilder {


    record TieRow(int from, int to, TieKind kind, String detail, Formality formality, TieStatus status,
                          int date, Tier tier) {
    }

    record MemRow(int org, int group, TieStatus status, int date, Tier tier) {
    }

    record HiddenMembership(String group, Tier tier) {
    }

    final List<String> orgIds = new ArrayList<>();
    final List<String> orgNames = new ArrayList<>();
    final List<Tier> orgTiers = new ArrayList<>();
    final Map<String, Integer> orgIndex = new HashMap<>();
    final Map<String, List<HiddenMembership>> hiddenMemberships = new HashMap<>();
    final List<String> groupIds = new ArrayList<>();
    final List<String> groupNames = new ArrayList<>();
    final List<TieKind> groupKinds = new ArrayList<>();
    final List<Formality> groupFormality = new ArrayList<>();
    final List<Integer> groupSizes = new ArrayList<>();
    final Map<String, Integer> groupIndex = new HashMap<>();
    /** By the relationship's key: the same one read from both ends, or read again after a change, is held once. */
    final Map<String, TieRow> ties = new LinkedHashMap<>();
    final Map<String, MemRow> mems = new LinkedHashMap<>();

    public int organisation(String id, String name) {
        return organisation(id, name, Tier.PUBLIC);
    }

    /** An organisation, its name and tier as read now (a change may have renamed it or changed its tier). */
    public int organisation(String id, String name, Tier tier) {
        Integer known = orgIndex.get(id);
        if (known != null) {
            orgNames.set(known, name == null ? id : name);
            orgTiers.set(known, tier);
            return known;
        }
        orgIds.add(id);
        orgNames.add(name == null ? id : name);
        orgTiers.add(tier);
        orgIndex.put(id, orgIds.size() - 1);
        return orgIds.size() - 1;
    }

    /**
     * A membership of {@code groupId} that is not PUBLIC (or whose member is not), withdrawn ones too: it counts
     * towards the group's size only for those who may see it, as every other read counts it.
     */
    public void hiddenMembership(String groupId, String ownerId, Tier tier) {
        hiddenMemberships.computeIfAbsent(ownerId, k -> new ArrayList<>()).add(new HiddenMembership(groupId, tier));
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
        tie(key, fromId, toId, kind, detail, formality, status, lastConfirmed, Tier.PUBLIC);
    }

    public void tie(String key, String fromId, String toId, TieKind kind, String detail, String formality, String status,
                    LocalDate lastConfirmed, Tier tier) {
        ties.putIfAbsent(key, new TieRow(orgIndex.get(fromId), orgIndex.get(toId), kind, detail, Formality.parse(formality),
                TieStatus.parse(status), epochDay(lastConfirmed), tier));
    }

    /**
     * A group; a consortium is always a formal tie, a network has its stated formality, a shared resource's
     * formality is unstated.
     */
    public int group(String id, String name, TieKind kind, String formality, int size) {
        Formality stated = switch (kind) {
            case CONSORTIUM -> Formality.FORMAL;
            case NETWORK -> Formality.parse(formality);
            default -> Formality.UNSTATED;
        };
        Integer known = groupIndex.get(id);
        if (known != null) {
            groupNames.set(known, name == null ? id : name);
            groupKinds.set(known, kind);
            groupFormality.set(known, stated);
            groupSizes.set(known, size);
            return known;
        }
        groupIds.add(id);
        groupNames.add(name == null ? id : name);
        groupKinds.add(kind);
        groupFormality.add(stated);
        groupSizes.add(size);
        groupIndex.put(id, groupIds.size() - 1);
        return groupIds.size() - 1;
    }

    /** A known group's size as counted now (a group with no live membership is read for its size alone). */
    public void groupSize(String id, int size) {
        Integer known = groupIndex.get(id);
        if (known != null) {
            groupSizes.set(known, size);
        }
    }

    /**
     * The groups any of these organisations has a membership of here (hidden ones too): with the groups a change
     * touches now, the groups whose memberships and sizes must be read again.
     */
    public Set<String> groupsOf(Set<String> organisationIds) {
        Set<String> groups = new HashSet<>();
        Set<Integer> orgs = indices(organisationIds);
        for (MemRow mem : mems.values()) {
            if (orgs.contains(mem.org())) {
                groups.add(groupIds.get(mem.group()));
            }
        }
        for (String owner : organisationIds) {
            for (HiddenMembership hidden : hiddenMemberships.getOrDefault(owner, List.of())) {
                groups.add(hidden.group());
            }
        }
        return groups;
    }

    /**
     * Drops every direct tie of these organisations and every membership (hidden ones too) of these groups, before
     * the repository adds them again as the database holds them now. An organisation or group that is gone keeps
     * its index and no fact.
     */
    public void forget(Set<String> organisationIds, Set<String> groupIds) {
        Set<Integer> orgs = indices(organisationIds);
        Set<Integer> groups = new HashSet<>();
        for (String id : groupIds) {
            Integer g = groupIndex.get(id);
            if (g != null) {
                groups.add(g);
                groupSizes.set(g, 0);
            }
        }
        ties.values().removeIf(t -> orgs.contains(t.from()) || orgs.contains(t.to()));
        mems.values().removeIf(m -> groups.contains(m.group()));
        hiddenMemberships.values().forEach(list -> list.removeIf(h -> groupIds.contains(h.group())));
        hiddenMemberships.values().removeIf(List::isEmpty);
    }

    private Set<Integer> indices(Set<String> organisationIds) {
        Set<Integer> orgs = new HashSet<>();
        for (String id : organisationIds) {
            Integer o = orgIndex.get(id);
            if (o != null) {
                orgs.add(o);
            }
        }
        return orgs;
    }

    public void membership(String key, String orgId, String groupId, String status, LocalDate lastConfirmed) {
        membership(key, orgId, groupId, status, lastConfirmed, Tier.PUBLIC);
    }

    public void membership(String key, String orgId, String groupId, String status, LocalDate lastConfirmed,
                           Tier tier) {
        mems.putIfAbsent(key, new MemRow(orgIndex.get(orgId), groupIndex.get(groupId), TieStatus.parse(status),
                epochDay(lastConfirmed), tier));
    }

    private static int epochDay(LocalDate date) {
        return date == null ? TrustGraphSnapshot.NO_DATE : (int) date.toEpochDay();
    }

    public TrustGraphSnapshot build() {
        return new TrustGraphSnapshot(this, null);
    }

    /** The next snapshot after a change: what does not depend on the facts (the ids' order) is taken over. */
    public TrustGraphSnapshot build(TrustGraphSnapshot previous) {
        return new TrustGraphSnapshot(this, previous);
    }
}
