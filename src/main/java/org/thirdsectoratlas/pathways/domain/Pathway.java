package org.thirdsectoratlas.pathways.domain;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.thirdsectoratlas.trust.domain.Hop;

/**
 * A collaboration pathway: org-to-org hops, each through a tie of trust.
 *
 * @param cost               hops, with a hop through a large hub counting as more than one (see HubPolicy)
 * @param weakness           the sum over hops of formality (formal 0, semi-formal 1, informal/unstated 2)
 *                           and status (confirmed 0, claimed 1)
 * @param oldestConfirmation the oldest lastConfirmed on the pathway (null when a tie has none)
 * @param score              cost + weakness / 100: lower is better, and orders pathways exactly as the ranking does
 *                           except for the recency tie-break
 */
@Schema(requiredProperties = {"hops", "hopCount", "cost", "weakness", "score"})
public record Pathway(List<Hop> hops, int hopCount, double cost, int weakness, LocalDate oldestConfirmation,
                      double score) {

    public static Pathway of(List<Hop> hops) {
        double cost = hops.stream().mapToDouble(Hop::cost).sum();
        int weakness = hops.stream().mapToInt(Hop::weakness).sum();
        return new Pathway(List.copyOf(hops), hops.size(), cost, weakness, oldest(hops), cost + weakness / 100.0);
    }

    /** A tie without a date counts as the oldest, so one undated hop makes the whole pathway undated. */
    private static LocalDate oldest(List<Hop> hops) {
        LocalDate oldest = null;
        for (Hop hop : hops) {
            if (hop.lastConfirmed() == null) {
                return null;
            }
            if (oldest == null || hop.lastConfirmed().isBefore(oldest)) {
                oldest = hop.lastConfirmed();
            }
        }
        return oldest;
    }

    /** The organisations along the pathway, from start to end. */
    public List<String> organisationIds() {
        var ids = new java.util.ArrayList<String>();
        if (!hops.isEmpty()) {
            ids.add(hops.get(0).fromId());
        }
        hops.forEach(h -> ids.add(h.toId()));
        return ids;
    }
}
