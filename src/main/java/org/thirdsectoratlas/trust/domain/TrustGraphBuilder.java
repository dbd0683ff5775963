package org.thirdsectoratlas.trust.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects organisations, ties and memberships (duplicates ignored) with their privacy tiers, then freezes them into
 * a {@link TrustGraphSnapshot}'s arrays.
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
    final List<TieRow> ties = new ArrayList<>();
    final List<MemRow> mems = new ArrayList<>();
    final Set<String> seen = new HashSet<>();

    public int organisation(String id, String name) {
        return organisation(id, name, Tier.PUBLIC);
    }

    public int organisation(String id, String name, Tier tier) {
        return orgIndex.computeIfAbsent(id, k -> {
            orgIds.add(id);
            orgNames.add(name == null ? id : name);
            orgTiers.add(tier);
            return orgIds.size() - 1;
        });
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
        if (!seen.add(key)) {
            return;
        }
        ties.add(new TieRow(orgIndex.get(fromId), orgIndex.get(toId), kind, detail, Formality.parse(formality),
                TieStatus.parse(status), epochDay(lastConfirmed), tier));
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
        membership(key, orgId, groupId, status, lastConfirmed, Tier.PUBLIC);
    }

    public void membership(String key, String orgId, String groupId, String status, LocalDate lastConfirmed,
                           Tier tier) {
        if (!seen.add(key)) {
            return;
        }
        mems.add(new MemRow(orgIndex.get(orgId), groupIndex.get(groupId), TieStatus.parse(status),
                epochDay(lastConfirmed), tier));
    }

    private static int epochDay(LocalDate date) {
        return date == null ? TrustGraphSnapshot.NO_DATE : (int) date.toEpochDay();
    }

    public TrustGraphSnapshot build() {
        return new TrustGraphSnapshot(this);
    }
}
