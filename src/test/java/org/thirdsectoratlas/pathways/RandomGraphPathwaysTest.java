package org.thirdsectoratlas.pathways;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thirdsectoratlas.pathways.application.PathwayFinder;
import org.thirdsectoratlas.pathways.domain.Pathway;
import org.thirdsectoratlas.pathways.domain.PathwayQuery;
import org.thirdsectoratlas.pathways.infrastructure.graph.Neo4jPathwayRepository;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;
import org.thirdsectoratlas.trust.TrustFixture;
import org.thirdsectoratlas.trust.domain.Exhaustive;
import org.thirdsectoratlas.trust.domain.Hop;
import org.thirdsectoratlas.trust.domain.HubPolicy;
import org.thirdsectoratlas.trust.domain.TieFilter;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;

/**
 * The definition as a property: on random graphs (fixed seeds) with groups of every size regime (ordinary, weak,
 * past the hard limit), private and partners-only organisations, ties and memberships, and every filter
 * (confirmedOnly, formalOnly, avoid, via an organisation, via a group), the search returns exactly the k best of
 * an exhaustive enumeration of every simple pathway in the graph as the database's privacy rule shows it to the
 * caller (anonymous, a member of one or two organisations, a moderator): same ids, scores, dates and words.
 */
public class RandomGraphPathwaysTest {

    /** Every formality and status a fact may have, withdrawn too (which the trust graph leaves out). */
    public static final String[] FORMALITY = {null, "INFORMAL", "SEMI_FORMAL", "FORMAL"};
    public static final String[] STATUS = {"CONFIRMED", "CONFIRMED", "CLAIMED", "WITHDRAWN"};
    /** Mostly public, as in life, with every tier present. */
    private static final String[] VISIBILITY = {null, null, "PUBLIC", null, "PARTNERS", "PRIVATE"};
    /** Tight limits so that a dozen organisations have ordinary (≤ 3), weak (4-6) and too-big (> 6) groups. */
    private static final HubPolicy TIGHT = new HubPolicy(3, 6);

    @AfterAll
    static void restoreLeeds() {
        TrustFixture.restoreLeeds();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void theSearchReturnsExactlyTheKBestOfEveryPathwayTheCallerMaySee(long seed) {
        Random random = new Random(seed);
        int n = 9 + random.nextInt(5);
        TrustFixture fixture = randomOrganisations(random, n);
        String[] labels = {"Network", "Network", "Consortium", "Resource", "Network"};
        int[] sizes = {2 + random.nextInt(2), 4 + random.nextInt(3), 2 + random.nextInt(5), 3 + random.nextInt(3),
                7 + random.nextInt(3)};
        for (int g = 0; g < labels.length; g++) {
            fixture.group(labels[g], "g" + g, FORMALITY[random.nextInt(4)]);
            for (int m = 0; m < sizes[g]; m++) {
                fixture.member("o" + random.nextInt(n), "g" + g, STATUS[random.nextInt(4)],
                        LocalDate.of(2019 + random.nextInt(6), 6, 1));
            }
        }
        hideSome(fixture, random, n);
        PathwayFinder finder = InMemoryFinders.loadedOnce(TestGraph.graph(), TIGHT);
        var names = new Neo4jPathwayRepository(TestGraph.graph());
        List<Viewer> viewers = List.of(Viewer.PUBLIC, new Viewer(Set.of(), true),
                new Viewer(Set.of("o" + random.nextInt(n)), false),
                new Viewer(new java.util.HashSet<>(List.of("o" + random.nextInt(n), "o" + random.nextInt(n))), false));

        int compared = 0;
        for (Viewer viewer : viewers) {
            TrustGraphSnapshot seen = Exhaustive.seenBy(TestGraph.graph(), viewer);
            Set<String> visible = names.organisations(IntStream.range(0, n).mapToObj(i -> "o" + i).toList(), viewer)
                    .keySet();
            List<String> ids = visible.stream().sorted().toList();
            for (int q = 0; q < 12; q++) {
                String from = ids.get(random.nextInt(ids.size()));
                String to = ids.get(random.nextInt(ids.size()));
                if (from.equals(to)) {
                    continue;
                }
                PathwayQuery query = randomQuery(random, from, to, ids);
                boolean viaGroup = query.via() != null && query.via().startsWith("g");
                TieFilter filter = new TieFilter(query.confirmedOnly(), query.formalOnly(), query.avoid(),
                        viaGroup ? query.via() : null, TIGHT);
                List<Pathway> all = Exhaustive.pathways(seen, from, to, query.maxHops(), filter,
                        viaGroup ? null : query.via());

                List<Pathway> actual = finder.find(query, viewer).pathways();

                String what = "seed " + seed + ", " + viewer + ", " + query;
                assertEquals(describe(all.subList(0, Math.min(query.limit(), all.size()))), describe(actual), what);
                int fewest = seen.indexOf(from) < 0 || seen.indexOf(to) < 0 ? -1
                        : Exhaustive.fewestHops(seen, seen.indexOf(from), Set.of(seen.indexOf(to)), query.maxHops(),
                        new TieFilter(query.confirmedOnly(), query.formalOnly(), query.avoid(), null, TIGHT));
                if (query.via() == null) {
                    assertEquals(all.stream().mapToInt(Pathway::hopCount).min().orElse(-1), fewest, what);
                }
                compared++;
            }
        }
        assertTrue(compared > 20, "enough queries compared: " + compared);
    }

    private static PathwayQuery randomQuery(Random random, String from, String to, List<String> ids) {
        PathwayQuery query = PathwayQuery.between(from, to).withLimit(1 + random.nextInt(5))
                .withMaxHops(1 + random.nextInt(6)).withConfirmedOnly(random.nextInt(3) == 0)
                .withFormalOnly(random.nextInt(5) == 0);
        String other = ids.get(random.nextInt(ids.size()));
        if (random.nextInt(4) == 0 && !other.equals(from) && !other.equals(to)) {
            query = query.withAvoid(Set.of(other));
        }
        int via = random.nextInt(5);
        if (via == 0 && !other.equals(from) && !query.avoid().contains(other)) {
            query = query.withVia(other);
        } else if (via == 1) {
            query = query.withVia("g" + random.nextInt(5));
        }
        return query;
    }

    /** Random tiers on organisations and on every tie and membership (the privacy rule's every case). */
    private static void hideSome(TrustFixture fixture, Random random, int n) {
        List<Map<String, Object>> organisations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", "o" + i);
            row.put("v", random.nextInt(4) == 0 ? VISIBILITY[4 + random.nextInt(2)] : null);
            organisations.add(row);
        }
        List<String> facts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            facts.add(VISIBILITY[random.nextInt(VISIBILITY.length)]);
        }
        fixture.graph().write(tx -> {
            tx.run("UNWIND $rows AS row MATCH (o:Organisation {id: row.id}) SET o.visibility = row.v",
                    Map.of("rows", organisations)).consume();
            tx.run("""
                    MATCH ()-[r:COLLABORATES_WITH|SUPPORTED_BY|MEMBER_OF|PARTNER_IN|SHARES]->()
                    WITH r ORDER BY elementId(r)
                    WITH collect(r) AS rs
                    UNWIND range(0, size(rs) - 1) AS i
                    WITH rs[i] AS r, i
                    SET r.visibility = $facts[i % size($facts)]
                    """, Map.of("facts", facts)).consume();
            return null;
        });
    }

    /** An emptied graph holding organisations o0..o(n-1) and {@link #randomCollaborations} among them. */
    public static TrustFixture randomOrganisations(Random random, int n) {
        TrustFixture fixture = TrustFixture.empty();
        fixture.orgs(IntStream.range(0, n).mapToObj(i -> "o" + i).toArray(String[]::new));
        fixture.collabs(randomCollaborations(random, n));
        return fixture;
    }

    /** Between n and 2n random collaborations among o0..o(n-1), of every formality and status, withdrawn too. */
    private static List<Map<String, Object>> randomCollaborations(Random random, int n) {
        int ties = n + random.nextInt(n);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int t = 0; t < ties; t++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b) {
                var row = new HashMap<String, Object>();
                row.put("a", "o" + a);
                row.put("b", "o" + b);
                row.put("formality", FORMALITY[random.nextInt(4)]);
                row.put("status", STATUS[random.nextInt(4)]);
                row.put("date", LocalDate.of(2019 + random.nextInt(6), 1 + random.nextInt(12), 1));
                rows.add(row);
            }
        }
        return rows;
    }

    static List<String> describe(List<Pathway> pathways) {
        return pathways.stream().map(p -> p.organisationIds() + " " + p.score() + " " + p.oldestConfirmation() + " "
                + p.hops().stream().map(Hop::explanation).toList()).toList();
    }
}
