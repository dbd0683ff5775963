package org.thirdsectoratlas.trust.domain;

import java.util.Set;

import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * Who may see more of the trust graph than anyone may: the trust facts (organisations, ties, memberships) that are
 * not PUBLIC, summed up as the organisations whose members may see at least one of them (its owners, and for
 * PARTNERS facts the owners' confirmed partners, as the privacy rule says). A viewer who may see none of them sees
 * exactly the public trust graph, so the public in-memory graph answers for them too. Serving it is never a leak:
 * the public graph is what anyone sees.
 *
 * @param any           whether any trust fact is not PUBLIC (moderators then see more)
 * @param organisations ids of the organisations whose members may see at least one of them
 */
public record HiddenFacts(boolean any, Set<String> organisations) {

    public static final HiddenFacts NONE = new HiddenFacts(false, Set.of());

    public HiddenFacts {
        organisations = Set.copyOf(organisations);
    }

    /** True when this viewer may see a trust fact the public may not. */
    public boolean showMoreTo(Viewer viewer) {
        if (!any) {
            return false;
        }
        if (viewer.moderator()) {
            return true;
        }
        for (String organisation : viewer.organisations()) {
            if (organisations.contains(organisation)) {
                return true;
            }
        }
        return false;
    }
}
