package org.thirdsectoratlas.pathways.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.trust.domain.TieFilter;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;

public interface PathwayRepository {

    /** Names of the (not retired) organisations among these ids that the viewer may see. */
    Map<String, String> organisations(Collection<String> ids, Viewer viewer);

    /** Whether a network, consortium or resource has this id. */
    boolean groupExists(String id);

    /**
     * The part of the trust graph a pathway of at most {@code maxHops} between {@code from} and any of
     * {@code to} can use: a bounded bidirectional expansion, ⌈maxHops/2⌉ hops from one end and ⌊maxHops/2⌋
     * from the other, with the filter applied, through only the organisations, ties and memberships the viewer
     * may see.
     */
    TrustGraphSnapshot neighbourhood(Set<String> from, Set<String> to, int maxHops, TieFilter filter, Viewer viewer);
}
