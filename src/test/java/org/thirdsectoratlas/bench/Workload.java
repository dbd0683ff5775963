package org.thirdsectoratlas.bench;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

import org.thirdsectoratlas.platform.graph.Graph;

/**
 * The seeded requests of the throughput grid, drawn from the dataset's own organisations: lookups by id,
 * name searches (a word of a real name), pathways (the fixed pairs), partner searches (a member, its
 * locality and a community) and coverage cells (a community in a member's locality).
 */
final class Workload {

    private static final int SAMPLE = 500;

    static final String NAMES_AND_PLACES = """
            UNWIND $ids AS id
            MATCH (o:Organisation {id: id})
            OPTIONAL MATCH (o)-[:OPERATES_IN]->(l:Locality)
            WITH o, min(l.id) AS locality
            RETURN o.id AS id, o.name AS name, locality
            """;

    static final String COMMUNITIES = "MATCH (c:Community) RETURN c.id AS id ORDER BY id";

    private final List<String> ids = new ArrayList<>();
    private final List<String> words = new ArrayList<>();
    private final List<String> localities = new ArrayList<>();
    private final List<String> communities = new ArrayList<>();
    private final List<PairPicker.Pair> pairs;
    private final Loopback http;
    private final List<String> everyId;
    private final java.util.concurrent.atomic.AtomicInteger coldNext = new java.util.concurrent.atomic.AtomicInteger();

    Workload(Graph graph, Loopback http, List<String> sortedIds, List<PairPicker.Pair> pairs, long seed) {
        this.http = http;
        this.pairs = pairs;
        this.everyId = shuffled(sortedIds, seed);
        SplittableRandom random = new SplittableRandom(seed);
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < SAMPLE; i++) {
            sample.add(sortedIds.get(random.nextInt(sortedIds.size())));
        }
        graph.read(tx -> {
            tx.run(COMMUNITIES).forEachRemaining(r -> communities.add(r.get("id").asString()));
            tx.run(NAMES_AND_PLACES, Map.of("ids", sample)).forEachRemaining(r -> {
                if (r.get("locality").isNull()) {
                    return;
                }
                ids.add(r.get("id").asString());
                localities.add(r.get("locality").asString());
                words.add(word(r.get("name").asString()));
            });
            return null;
        });
        // Row order is the store's; sort the triples by id so the workload does not depend on it.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> ids.get(a).compareTo(ids.get(b)));
        List<String> i2 = order.stream().map(ids::get).toList();
        List<String> l2 = order.stream().map(localities::get).toList();
        List<String> w2 = order.stream().map(words::get).toList();
        ids.clear();
        ids.addAll(i2);
        localities.clear();
        localities.addAll(l2);
        words.clear();
        words.addAll(w2);
    }

    private static List<String> shuffled(List<String> ids, long seed) {
        List<String> copy = new ArrayList<>(ids);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int i = copy.size() - 1; i > 0; i--) {
            java.util.Collections.swap(copy, i, random.nextInt(i + 1));
        }
        return copy;
    }

    private static String word(String name) {
        for (String w : name.split("[^\\p{L}]+")) {
            if (w.length() >= 4) {
                return w.toLowerCase();
            }
        }
        return name.split(" ")[0].toLowerCase();
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private String community(int i) {
        return communities.get(Math.floorMod(i * 7 + 3, communities.size()));
    }

    IntFunction<HttpRequest> lookup() {
        return i -> http.get("api/organisations/" + q(ids.get(i % ids.size())));
    }

    /**
     * Lookups of ids not asked before in this run (the whole dataset in a seeded order, shared by warm-up and
     * cells): what a lookup costs when the answer is not cached. Wraps round only after every id was asked.
     */
    IntFunction<HttpRequest> coldLookup() {
        return i -> http.get("api/organisations/" + q(everyId.get(Math.floorMod(coldNext.getAndIncrement(),
                everyId.size()))));
    }

    long coldLookupsIssued() {
        return coldNext.get();
    }

    int datasetSize() {
        return everyId.size();
    }

    IntFunction<HttpRequest> search() {
        return i -> http.get("api/organisations?q=" + q(words.get(i % words.size())) + "&size=20");
    }

    /** The second page of the same searches: the search cache keeps first pages only, so this is the index's cost. */
    IntFunction<HttpRequest> searchSecondPage() {
        return i -> http.get("api/organisations?q=" + q(words.get(i % words.size())) + "&size=20&page=1");
    }

    /** The fixed pairs again and again: after the first round, answers the server remembers. */
    IntFunction<HttpRequest> pathways() {
        return i -> http.get(PathwayLatency.path(pairs.get(i % pairs.size())));
    }

    /** The same pairs with Cache-Control: no-cache, so every request is a search: the search's own cost. */
    IntFunction<HttpRequest> pathwaysSearched() {
        return i -> http.getFresh(PathwayLatency.path(pairs.get(i % pairs.size())));
    }

    /** The same searches as a signed-in caller: a member (its organisation's hidden facts in sight) or a moderator. */
    IntFunction<HttpRequest> pathwaysSearchedAs(String bearer) {
        return i -> http.getFresh(PathwayLatency.path(pairs.get(i % pairs.size())), bearer);
    }

    IntFunction<HttpRequest> partnerSearch() {
        return i -> {
            int k = i % ids.size();
            String body = "{\"communities\":[\"" + community(i) + "\"],\"localities\":[\"" + localities.get(k)
                    + "\"],\"members\":[\"" + ids.get(k) + "\"],\"limit\":10}";
            return http.postJson("api/partner-search", body);
        };
    }

    IntFunction<HttpRequest> coverage() {
        return i -> http.get("api/insights/coverage?community=" + q(community(i)) + "&locality="
                + q(localities.get(i % localities.size())));
    }

    String sampleSearchWords() {
        return String.join(", ", words.subList(0, Math.min(5, words.size())));
    }
}
