package org.thirdsectoratlas.trust.domain;

import java.time.LocalDate;
import java.util.Locale;

/** The words of a hop: the one place that turns a tie or a pair of memberships of a held graph into a {@link Hop}. */
final class HopWords {

    private HopWords() {
    }

    static Hop tie(TrustGraphSnapshot g, int org, int t) {
        int other = g.tieOther(t, org);
        return new Hop(g.id(org), g.name(org), g.id(other), g.name(other), g.tieKind(t), null, null, 1,
                g.tieFormality(t), g.tieStatus(t), date(g.tieDate(t)), 1.0, explainTie(g, t));
    }

    /** Through a group of {@code size} members as the caller sees it. */
    static Hop group(TrustGraphSnapshot g, int org, int m, int m2, HubPolicy hubs, int size) {
        int group = g.memGroupOf(m);
        int other = g.memOrgOf(m2);
        return new Hop(g.id(org), g.name(org), g.id(other), g.name(other), g.groupKind(group), g.groupId(group),
                g.groupName(group), size, g.groupFormalityOf(group), g.pairStatus(m, m2), date(g.pairDate(m, m2)),
                hubs.cost(size), explainGroup(g, group, hubs, size));
    }

    private static String explainTie(TrustGraphSnapshot g, int t) {
        String a = g.name(g.tieFrom(t));
        String b = g.name(g.tieTo(t));
        if (g.tieKind(t) == TieKind.INFRASTRUCTURE_SUPPORT) {
            return a + " is supported by " + b;
        }
        String detail = g.tieDetail(t) == null ? "" : " (" + g.tieDetail(t).toLowerCase(Locale.ROOT)
                .replace('_', ' ') + ")";
        return a + " and " + b + " collaborate" + detail;
    }

    private static String explainGroup(TrustGraphSnapshot g, int group, HubPolicy hubs, int size) {
        String name = g.groupName(group);
        String words = switch (g.groupKind(group)) {
            case NETWORK -> "both members of " + name;
            case CONSORTIUM -> "partners in the " + name;
            default -> "both share " + name;
        };
        return hubs.fansOut(size) ? words : words + " (" + size + " members: a weak tie through a large hub)";
    }

    private static LocalDate date(int epochDay) {
        return epochDay == TrustGraphSnapshot.NO_DATE ? null : LocalDate.ofEpochDay(epochDay);
    }
}
