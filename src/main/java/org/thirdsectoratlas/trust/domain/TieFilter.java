package org.thirdsectoratlas.trust.domain;

import java.util.Set;

/**
 * Which ties a search may use: confirmed only or also claimed, formal only, organisations to avoid, the
 * group named in {@code via} (allowed past the hard hub limit), and the hub policy.
 */
public record TieFilter(boolean confirmedOnly, boolean formalOnly, Set<String> avoid, String viaGroup,
                        HubPolicy hubs) {

    private static final int CONFIRMED = 1;
    private static final int FORMAL = 2;
    /** Set when everyone may see the fact (and its organisations): a caller's sight need not be asked. */
    static final int EVERYONE = 4;

    public static final TieFilter ALL = new TieFilter(false, false, Set.of(), null, HubPolicy.DEFAULT);

    public TieFilter {
        avoid = Set.copyOf(avoid);
    }

    public boolean accepts(TieStatus status, Formality formality) {
        return (!confirmedOnly || status == TieStatus.CONFIRMED) && (!formalOnly || formality == Formality.FORMAL);
    }

    /** What {@link #accepts(TieStatus, Formality)} reads, packed in one byte for the adjacency arrays. */
    static byte flags(TieStatus status, Formality formality, boolean everyone) {
        return (byte) ((status == TieStatus.CONFIRMED ? CONFIRMED : 0) | (formality == Formality.FORMAL ? FORMAL : 0)
                | (everyone ? EVERYONE : 0));
    }

    static boolean forEveryone(byte flags) {
        return (flags & EVERYONE) != 0;
    }

    /** {@link #accepts(TieStatus, Formality)} over {@link #flags}. */
    boolean accepts(byte flags) {
        return (!confirmedOnly || (flags & CONFIRMED) != 0) && (!formalOnly || (flags & FORMAL) != 0);
    }

    public boolean accepts(String organisationId) {
        return !avoid.contains(organisationId);
    }
}
