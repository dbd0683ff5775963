package org.thirdsectoratlas.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.thirdsectoratlas.trust.domain.Hop;
import org.thirdsectoratlas.trust.domain.Exhaustive;
import org.thirdsectoratlas.trust.domain.TieFilter;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;

/**
 * A fixed, seeded set of organisation pairs from one generated dataset: half "near" (the end of a 1-3 hop
 * walk over ties of trust, neighbours sorted by id so the walk does not depend on read order), half "far"
 * (uniform, mostly in other cities, many with no pathway within 6 hops).
 */
final class PairPicker {

    record Pair(String from, String to, boolean near) {
    }

    private PairPicker() {
    }

    static List<Pair> pick(TrustGraphSnapshot graph, List<String> sortedIds, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Pair> pairs = new ArrayList<>();
        int guard = 0;
        while (pairs.size() < count && guard++ < count * 100) {
            String from = sortedIds.get(random.nextInt(sortedIds.size()));
            boolean near = pairs.size() % 2 == 0;
            String to = near ? walk(graph, from, 1 + random.nextInt(3), random)
                    : sortedIds.get(random.nextInt(sortedIds.size()));
            if (to != null && !to.equals(from)) {
                pairs.add(new Pair(from, to, near));
            }
        }
        return pairs;
    }

    private static String walk(TrustGraphSnapshot graph, String from, int steps, SplittableRandom random) {
        String at = from;
        for (int s = 0; s < steps; s++) {
            int index = graph.indexOf(at);
            if (index < 0) {
                return null;
            }
            List<Hop> hops = new ArrayList<>(Exhaustive.hops(graph, index, TieFilter.ALL));
            if (hops.isEmpty()) {
                return null;
            }
            hops.sort(Comparator.comparing(Hop::toId).thenComparing(h -> String.valueOf(h.groupId())));
            at = hops.get(random.nextInt(hops.size())).toId();
        }
        return at;
    }
}
