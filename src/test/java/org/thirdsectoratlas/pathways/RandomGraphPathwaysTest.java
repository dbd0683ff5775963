package org.thirdsectoratlas.pathways;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thirdsectoratlas.pathways.application.PathwayFinder;
import org.thirdsectoratlas.pathways.domain.Pathway;
import org.thirdsectoratlas.pathways.domain.PathwayQuery;
import org.thirdsectoratlas.pathways.domain.PathwayRanking;
import org.thirdsectoratlas.pathways.infrastructure.graph.Neo4jPathwayRepository;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;
import org.thirdsectoratlas.trust.TrustFixture;
import org.thirdsectoratlas.trust.domain.Hop;
import org.thirdsectoratlas.trust.domain.HubPolicy;
import org.thirdsectoratlas.trust.domain.TieFilter;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;
import org.thirdsectoratlas.trust.infrastructure.graph.Neo4jTrustGraphRepository;

/**
 * Property: on small random graphs (fixed seeds) the Cypher search + k-best ranking returns exactly what an
 * exhaustive enumeration of every simple path returns, and the in-memory bidirectional BFS finds the same
 * fewest hops.
 */
public class RandomGraphPathwaysTest {

    /** Every formality and status a fact may have, withdrawn too (which the trust graph leaves out). */
    public static final String[] FORMALITY = {null, "INFORMAL", "SEMI_FORMAL", "FORMAL"};
    public static final String[] STATUS = {"CONFIRMED", "CONFIRMED", "CLAIMED", "WITHDRAWN"};

    @AfterAll
    static void restoreLeeds() {
        TrustFixture.restoreLeeds();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void cypherSearchEqualsExhaustiveSearch(long seed) {
        Random random = new Random(seed);
        int n = 9 + random.nextInt(5);
        TrustFixture fixture = randomOrganisations(random, n);
        String[] labels = {"Network", "Network", "Consortium", "Resource"};
        for (int g = 0; g < 4; g++) {
            fixture.group(labels[g], "g" + g, FORMALITY[random.nextInt(4)]);
            for (int m = 0; m < 2 + random.nextInt(3); m++) {
                fixture.member("o" + random.nextInt(n), "g" + g, STATUS[random.nextInt(4)],
                        LocalDate.of(2019 + random.nextInt(6), 6, 1));
            }
        }
        var finder = new PathwayFinder(new Neo4jPathwayRepository(TestGraph.graph()));
        TrustGraphSnapshot whole = new Neo4jTrustGraphRepository(TestGraph.graph()).load(Viewer.PUBLIC);

        for (int q = 0; q < 15; q++) {
            String from = "o" + random.nextInt(n);
            String to = "o" + random.nextInt(n);
            if (from.equals(to)) {
                continue;
            }
            PathwayQuery query = PathwayQuery.between(from, to).withLimit(1 + random.nextInt(5))
                    .withMaxHops(1 + random.nextInt(6)).withConfirmedOnly(random.nextInt(3) == 0)
                    .withFormalOnly(random.nextInt(5) == 0);
            TieFilter filter = new TieFilter(query.confirmedOnly(), query.formalOnly(), Set.of(), null,
                    HubPolicy.DEFAULT);
            List<Pathway> expected = exhaustive(whole, from, to, query.maxHops(), filter);

            List<Pathway> actual = finder.find(query, Viewer.PUBLIC).pathways();

            String what = "seed " + seed + ", " + query;
            assertEquals(describe(expected.subList(0, Math.min(query.limit(), expected.size()))), describe(actual),
                    what);
            int bfs = whole.indexOf(from) < 0 || whole.indexOf(to) < 0 ? -1
                    : whole.shortestHops(whole.indexOf(from), Set.of(whole.indexOf(to)), query.maxHops(), filter);
            assertEquals(expected.stream().mapToInt(Pathway::hopCount).min().orElse(-1), bfs, what);
        }
    }

    /** An emptied graph holding organisations o0..o(n-1) and {@link #randomCollaborations} among them. */
    public static TrustFixture randomOrganisations(Random random, int n) {
        TrustFixture fixture = TrustFixture.empty();
        fixture.orgs(IntStream.range(0, n).mapToObj(i -> "o" + i).toArray(String[]::new));
        fixture.collabs(randomCollaborations(random, n));
        return fixture;
    }

    /** Between n and 2n random collaborations among o0..o(n-1), of every formality and status, withdrawn too. */
    private static List<java.util.Map<String, Object>> randomCollaborations(Random random, int n) {
        int ties = n + random.nextInt(n);
        List<java.util.Map<String, Object>> rows = new ArrayList<>();
        for (int t = 0; t < ties; t++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b) {
                var row = new java.util.HashMap<String, Object>();
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

    private static List<String> describe(List<Pathway> pathways) {
        return pathways.stream().map(p -> p.organisationIds() + " " + p.score() + " " + p.oldestConfirmation() + " "
                + p.hops().stream().map(Hop::explanation).toList()).toList();
    }

    /** Every simple path of at most maxHops hops, ranked. */
    static List<Pathway> exhaustive(TrustGraphSnapshot g, String from, String to, int maxHops, TieFilter filter) {
        List<Pathway> all = new ArrayList<>();
        if (g.indexOf(from) >= 0 && g.indexOf(to) >= 0) {
            walk(g, g.indexOf(from), g.indexOf(to), maxHops, filter, new ArrayList<>(), all);
        }
        all.sort(PathwayRanking.ORDER);
        return all;
    }

    private static void walk(TrustGraphSnapshot g, int at, int to, int maxHops, TieFilter filter, List<Hop> path,
                             List<Pathway> out) {
        if (at == to) {
            out.add(Pathway.of(path));
            return;
        }
        if (path.size() == maxHops) {
            return;
        }
        for (Hop hop : g.hops(at, filter)) {
            boolean visited = hop.toId().equals(path.isEmpty() ? g.id(at) : path.get(0).fromId())
                    || path.stream().anyMatch(h -> h.toId().equals(hop.toId()));
            if (!visited) {
                path.add(hop);
                walk(g, g.indexOf(hop.toId()), to, maxHops, filter, path, out);
                path.remove(path.size() - 1);
            }
        }
    }
}
