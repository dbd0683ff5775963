package org.thirdsectoratlas.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.summary.ProfiledPlan;
import org.thirdsectoratlas.platform.graph.Graph;

/** PROFILE of Neo4j's SHORTEST over the trust relationships for one pair: the operators doing the work. */
final class PlanProfile {

    record Operator(String name, String details, long rows, long dbHits, long pageCacheHits) {
    }

    record Profile(int frontier, long rows, long dbHits, long millis, List<Operator> top) {
    }

    private PlanProfile() {
    }

    /** PROFILE of Neo4j's own SHORTEST 3 for one pair (the comparison the benchmark runs). */
    static Profile shortest(Graph graph, PairPicker.Pair pair, int topN) {
        Map<String, Object> params = new HashMap<>(Map.of("from", pair.from(), "to", pair.to()));
        List<String> frontier = List.of(pair.from(), pair.to());
        return graph.read(tx -> {
            long started = System.nanoTime();
            var result = tx.run("PROFILE " + PathwayLatency.SHORTEST, params);
            long rows = result.list().size();
            var summary = result.consume();
            long millis = (System.nanoTime() - started) / 1_000_000;
            List<Operator> all = new ArrayList<>();
            flatten(summary.profile(), all);
            long hits = all.stream().mapToLong(Operator::dbHits).sum();
            all.sort(Comparator.comparingLong(Operator::dbHits).reversed());
            return new Profile(frontier.size(), rows, hits, millis, List.copyOf(all.subList(0, Math.min(topN,
                    all.size()))));
        });
    }

    private static void flatten(ProfiledPlan plan, List<Operator> into) {
        String details = plan.arguments().containsKey("Details") ? plan.arguments().get("Details").asString() : "";
        into.add(new Operator(plan.operatorType().replace("@neo4j", ""), details.replace("|", "\\|")
                .replace("\n", " "), plan.records(), plan.dbHits(), plan.hasPageCacheStats() ? plan.pageCacheHits()
                : 0));
        plan.children().forEach(child -> flatten(child, into));
    }
}
