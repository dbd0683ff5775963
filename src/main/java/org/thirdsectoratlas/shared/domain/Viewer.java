package org.thirdsectoratlas.shared.domain;

import java.util.Set;

/**
 * Who a read is for, as far as privacy tiers care: the organisations the reader is a member of, and
 * whether they moderate (moderators see everything). Anonymous readers are {@link #PUBLIC}.
 */
public record Viewer(Set<String> organisations, boolean moderator) {

    public static final Viewer PUBLIC = new Viewer(Set.of(), false);

    public Viewer {
        organisations = Set.copyOf(organisations);
    }
}
