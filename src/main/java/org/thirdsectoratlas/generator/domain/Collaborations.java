package org.thirdsectoratlas.generator.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Stated collaborations, mostly local: 80% within the ward, 15% elsewhere in the city, 5% anywhere.
 * Their formality follows the Third Sector Trends shares in the seed (73% informal, 65% semi-formal,
 * 34% formal, used as relative weights).
 */
final class Collaborations {

    static final double SAME_WARD = 0.80;
    static final double SAME_CITY = 0.15;
    private static final String[] KINDS = {"SERVICE", "REFERRAL", "ADVOCACY", "EVENTS", "TRAINING", "RESEARCH"};
    private static final WeightedChoice KIND = new WeightedChoice(40, 20, 15, 10, 10, 5);
    private static final String[] FORMALITY = {"INFORMAL", "SEMI_FORMAL", "FORMAL"};
    private static final WeightedChoice TREND_FORMALITY = new WeightedChoice(73, 65, 34);
    private static final LocalDate EARLIEST = LocalDate.of(2008, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2025, 6, 30);

    private Collaborations() {
    }

    static void generate(Sampler sampler, Emitter out, Population orgs) {
        Set<Long> pairs = new HashSet<>();
        for (int a = 0; a < orgs.size(); a++) {
            int wanted = sampler.geometric(1.7, 25);
            for (int attempt = 0, made = 0; made < wanted && attempt < 3 * wanted; attempt++) {
                int b = partner(sampler, orgs, a);
                if (b == a || !pairs.add(pair(a, b))) {
                    continue;
                }
                made++;
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("kind", KINDS[KIND.pick(sampler)]);
                props.put("formality", FORMALITY[TREND_FORMALITY.pick(sampler)]);
                props.put("since", sampler.date(EARLIEST, LATEST));
                out.tie("COLLABORATES_WITH", "Organisation", orgs.ids[a], "Organisation", orgs.ids[b], props);
            }
        }
    }

    private static int partner(Sampler sampler, Population orgs, int a) {
        double u = sampler.unit();
        if (u < SAME_WARD) {
            return sampler.pick(orgs.byWard[orgs.ward[a]]);
        }
        if (u < SAME_WARD + SAME_CITY) {
            return orgs.inCity(sampler, orgs.city[a]);
        }
        return sampler.below(orgs.size());
    }

    private static long pair(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }
}
