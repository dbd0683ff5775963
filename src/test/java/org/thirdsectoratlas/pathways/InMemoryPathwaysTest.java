package org.thirdsectoratlas.pathways;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thirdsectoratlas.pathways.RandomGraphPathwaysTest.FORMALITY;
import static org.thirdsectoratlas.pathways.RandomGraphPathwaysTest.STATUS;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thirdsectoratlas.generator.application.EcosystemLoader;
import org.thirdsectoratlas.generator.domain.EcosystemSize;
import org.thirdsectoratlas.generator.domain.Generation;
import org.thirdsectoratlas.generator.infrastructure.graph.Neo4jEcosystemStore;
import org.thirdsectoratlas.pathways.domain.KBestPathways;
import org.thirdsectoratlas.pathways.domain.Pathway;
import org.thirdsectoratlas.pathways.infrastructure.graph.Neo4jPathwayRepository;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.seed.application.SeedInstaller;
import org.thirdsectoratlas.seed.infrastructure.DirectorySeedSource;
import org.thirdsectoratlas.seed.infrastructure.Neo4jSeedStore;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;
import org.thirdsectoratlas.trust.TrustFixture;
import org.thirdsectoratlas.trust.domain.HubPolicy;
import org.thirdsectoratlas.trust.domain.TieFilter;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;
import org.thirdsectoratlas.trust.infrastructure.graph.Neo4jTrustGraphRepository;

/**
 * The in-memory search (the whole trust graph in arrays, {@link TrustGraphSnapshot#neighbourhood}) returns the
 * same pathways as the Cypher expansion it replaces on the request path, for many seeded pairs and every filter
 * (confirmed only, formal only, avoid, via an organisation or a group, hub limits that make big groups), and the
 * same as a plain exhaustive search of all simple paths where no group is a hub.
 */
class InMemoryPathwaysTest {

    /** Small limits so that the generated networks and consortia are weak ties and ignored hubs too. */
    private static final HubPolicy TIGHT = new HubPolicy(6, 12);

    @AfterAll
    static void restoreLeeds() {
        TrustFixture.restoreLeeds();
    }

    private record Search(Set<String> from, Set<String> to, int maxHops, int k, TieFilter filter, String viaOrg) {
    }

    private static List<String> answer(TrustGraphSnapshot near, Search s) {
        List<Pathway> found = new KBestPathways(near, s.filter()).find(s.from().iterator().next(), s.to(),
                s.maxHops(), s.k(), s.viaOrg(), s.filter().viaGroup());
        return describe(found);
    }

    static List<String> describe(List<Pathway> pathways) {
        return pathways.stream().map(p -> p.organisationIds() + " " + p.score() + " " + p.oldestConfirmation() + " "
                + p.hops().stream().map(h -> h.kind() + ":" + h.groupId() + ":" + h.status() + ":"
                        + h.formality() + ":" + h.lastConfirmed() + ":" + h.explanation()).toList()).toList();
    }

    /** Asserts both searches agree (pathways and organisations read) and returns the answer. */
    private static List<String> assertSame(Graph graph, TrustGraphSnapshot whole, Search s) {
        TrustGraphSnapshot cypher = graph.read(tx -> Neo4jPathwayRepository.explore(tx, s.from(), s.to(), s.maxHops(),
                s.filter(), Viewer.PUBLIC));
        TrustGraphSnapshot memory = whole.neighbourhood(s.from(), s.to(), s.maxHops(), s.filter());
        List<String> expected = answer(cypher, s);
        assertEquals(expected, answer(memory, s), s.toString());
        assertEquals(expected, answer(whole, s), "marked in place over the whole graph, " + s);
        assertEquals(cypher.organisationCount(), memory.organisationCount(), "organisations read, " + s);
        assertEquals(cypher.tieCount(), memory.tieCount(), "ties read, " + s);
        assertEquals(cypher.membershipCount(), memory.membershipCount(), "memberships read, " + s);
        return expected;
    }

    @Test
    void onAGeneratedEcosystemTheInMemorySearchEqualsTheCypherSearchForEveryFilter() {
        Generation g500 = new Generation(42, EcosystemSize.parse("500"));
        Graph graph = TestGraph.seeded();
        var loader = new EcosystemLoader(new Neo4jEcosystemStore(graph), new SeedInstaller(new Neo4jSeedStore(graph)),
                new DirectorySeedSource(TestGraph.SEED), EcosystemLoader.DEFAULT_BATCH);
        loader.remove(g500.dataset());
        loader.load(g500);
        try {
            TrustGraphSnapshot whole = new Neo4jTrustGraphRepository(graph).load(Viewer.PUBLIC);
            List<String> ids = IntStream.range(0, whole.organisationCount()).mapToObj(whole::id)
                    .filter(id -> id.startsWith(g500.idPrefix())).sorted().toList();
            List<String> groups = IntStream.range(0, whole.groupCount()).mapToObj(whole::groupId).sorted().toList();
            SplittableRandom random = new SplittableRandom(11);
            int nonEmpty = 0;
            for (int q = 0; q < 40; q++) {
                String from = ids.get(random.nextInt(ids.size()));
                String to = ids.get(random.nextInt(ids.size()));
                if (from.equals(to)) {
                    continue;
                }
                HubPolicy hubs = q % 2 == 0 ? HubPolicy.DEFAULT : TIGHT;
                // up to 4 hops and k <= 3: the ranking's queue, not the expansion, is what grows with more
                int maxHops = 1 + random.nextInt(4);
                Set<String> avoid = q % 5 == 1 ? Set.of(ids.get(random.nextInt(ids.size())),
                        ids.get(random.nextInt(ids.size()))) : Set.of();
                String viaGroup = q % 7 == 3 ? groups.get(random.nextInt(groups.size())) : null;
                String viaOrg = q % 7 == 5 ? ids.get(random.nextInt(ids.size())) : null;
                TieFilter filter = new TieFilter(q % 3 == 1, q % 4 == 2, avoid, viaGroup, hubs);
                var answer = assertSame(graph, whole, new Search(Set.of(from), Set.of(to), maxHops, 1 + q % 3,
                        filter, viaOrg));
                nonEmpty += answer.isEmpty() ? 0 : 1;
                // several targets at once, as partner search's closeness asks
                assertSame(graph, whole, new Search(Set.of(from), Set.of(to, ids.get(random.nextInt(ids.size()))),
                        Math.min(maxHops, 4), 1, new TieFilter(false, false, Set.of(), null, hubs), null));
            }
            assertTrue(nonEmpty >= 12, "enough queries find pathways to mean something: " + nonEmpty);
        } finally {
            loader.remove(g500.dataset());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void onRandomGraphsTheInMemorySearchEqualsTheCypherSearchAndTheExhaustiveOne(long seed) {
        Random random = new Random(seed);
        int n = 10 + random.nextInt(6);
        TrustFixture fixture = RandomGraphPathwaysTest.randomOrganisations(random, n);
        String[] labels = {"Network", "Network", "Consortium", "Resource", "Network"};
        for (int g = 0; g < labels.length; g++) {
            fixture.group(labels[g], "g" + g, FORMALITY[random.nextInt(4)]);
            // the last network is big enough to be a hub under the test's own hub limits
            int members = g == labels.length - 1 ? 6 + random.nextInt(4) : 2 + random.nextInt(3);
            for (int m = 0; m < members; m++) {
                fixture.member("o" + random.nextInt(n), "g" + g, STATUS[random.nextInt(4)],
                        LocalDate.of(2019 + random.nextInt(6), 6, 1));
            }
        }
        Graph graph = TestGraph.graph();
        TrustGraphSnapshot whole = new Neo4jTrustGraphRepository(graph).load(Viewer.PUBLIC);
        for (int q = 0; q < 25; q++) {
            String from = "o" + random.nextInt(n);
            String to = "o" + random.nextInt(n);
            if (from.equals(to)) {
                continue;
            }
            boolean hubsOn = q % 2 == 1;
            HubPolicy hubs = hubsOn ? new HubPolicy(3, 6) : HubPolicy.DEFAULT;
            Set<String> avoid = q % 4 == 3 ? Set.of("o" + random.nextInt(n)) : Set.of();
            avoid = avoid.contains(from) || avoid.contains(to) ? Set.of() : avoid;
            TieFilter filter = new TieFilter(random.nextInt(3) == 0, random.nextInt(5) == 0, avoid, null, hubs);
            int maxHops = 1 + random.nextInt(6);
            int k = 1 + random.nextInt(5);
            List<String> answer = assertSame(graph, whole, new Search(Set.of(from), Set.of(to), maxHops, k, filter,
                    null));
            if (!hubsOn) {
                List<Pathway> all = RandomGraphPathwaysTest.exhaustive(whole, from, to, maxHops, filter);
                assertEquals(describe(all.subList(0, Math.min(k, all.size()))), answer,
                        "exhaustive, seed " + seed + ", " + filter);
            }
        }
    }

}
