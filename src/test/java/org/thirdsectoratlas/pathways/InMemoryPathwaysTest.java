package org.thirdsectoratlas.pathways;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.generator.application.EcosystemLoader;
import org.thirdsectoratlas.generator.domain.EcosystemSize;
import org.thirdsectoratlas.generator.domain.Generation;
import org.thirdsectoratlas.generator.infrastructure.graph.Neo4jEcosystemStore;
import org.thirdsectoratlas.pathways.application.PathwayFinder;
import org.thirdsectoratlas.pathways.domain.Pathway;
import org.thirdsectoratlas.pathways.domain.PathwayQuery;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.seed.application.SeedInstaller;
import org.thirdsectoratlas.seed.infrastructure.DirectorySeedSource;
import org.thirdsectoratlas.seed.infrastructure.Neo4jSeedStore;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;
import org.thirdsectoratlas.trust.TrustFixture;
import org.thirdsectoratlas.trust.domain.Exhaustive;
import org.thirdsectoratlas.trust.domain.HubPolicy;
import org.thirdsectoratlas.trust.domain.TieFilter;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;

/**
 * On a generated ecosystem with private and partners-only organisations, ties and memberships, the search over the
 * held graph returns, for anonymous callers, members and moderators and every filter (confirmed only, formal only,
 * avoid, via an organisation or a group, hub limits that make weak and too-big groups), exactly the k best
 * pathways of a plain best-first search over the graph as the database's privacy rule shows it to that caller.
 */
class InMemoryPathwaysTest {

    /** Small limits so that the generated networks and consortia are weak ties and ignored hubs too. */
    private static final HubPolicy TIGHT = new HubPolicy(6, 12);

    @AfterAll
    static void restoreLeeds() {
        TrustFixture.restoreLeeds();
    }

    static List<String> describe(List<Pathway> pathways) {
        return pathways.stream().map(p -> p.organisationIds() + " " + p.score() + " " + p.oldestConfirmation() + " "
                + p.hops().stream().map(h -> h.kind() + ":" + h.groupId() + ":" + h.status() + ":"
                        + h.formality() + ":" + h.lastConfirmed() + ":" + h.explanation()).toList()).toList();
    }

    @Test
    void onAGeneratedEcosystemWithHiddenFactsEveryCallerGetsExactlyTheKBest() {
        Generation g500 = new Generation(42, EcosystemSize.parse("500"));
        Graph graph = TestGraph.seeded();
        var loader = new EcosystemLoader(new Neo4jEcosystemStore(graph), new SeedInstaller(new Neo4jSeedStore(graph)),
                new DirectorySeedSource(TestGraph.SEED), EcosystemLoader.DEFAULT_BATCH);
        loader.remove(g500.dataset());
        loader.load(g500);
        try {
            graph.write(tx -> {
                Map<String, Object> p = Map.of("prefix", g500.idPrefix());
                tx.run("MATCH (o:Organisation) WHERE o.id STARTS WITH $prefix AND o.id ENDS WITH '7' "
                        + "SET o.visibility = 'PRIVATE'", p).consume();
                tx.run("MATCH (o:Organisation) WHERE o.id STARTS WITH $prefix AND o.id ENDS WITH '3' "
                        + "SET o.visibility = 'PARTNERS'", p).consume();
                // By the far end's id, which the generator's seed fixes (an elementId depends on the store's past)
                tx.run("""
                        MATCH (o:Organisation)-[r:COLLABORATES_WITH|SUPPORTED_BY|MEMBER_OF|PARTNER_IN|SHARES]->(b)
                        WHERE o.id STARTS WITH $prefix
                        SET r.visibility = CASE right(b.id, 1) WHEN '1' THEN 'PRIVATE'
                                           WHEN '2' THEN 'PARTNERS' WHEN '5' THEN 'PARTNERS' ELSE r.visibility END
                        """, p).consume();
                return null;
            });
            PathwayFinder finder = InMemoryFinders.loadedOnce(graph, HubPolicy.DEFAULT);
            PathwayFinder tight = InMemoryFinders.loadedOnce(graph, TIGHT);
            TrustGraphSnapshot whole = new org.thirdsectoratlas.trust.infrastructure.graph.Neo4jTrustGraphRepository(
                    graph).load();
            List<String> ids = IntStream.range(0, whole.organisationCount()).mapToObj(whole::id)
                    .filter(id -> id.startsWith(g500.idPrefix())).sorted().toList();
            List<String> groups = IntStream.range(0, whole.groupCount()).mapToObj(whole::groupId).sorted().toList();
            SplittableRandom random = new SplittableRandom(11);
            List<Viewer> viewers = List.of(Viewer.PUBLIC, new Viewer(Set.of(), true),
                    new Viewer(Set.of(ids.stream().filter(id -> id.endsWith("3")).findFirst().orElseThrow()), false),
                    new Viewer(new java.util.HashSet<>(List.of(ids.get(random.nextInt(ids.size())),
                            ids.get(random.nextInt(ids.size())))), false));
            int nonEmpty = 0;
            for (Viewer viewer : viewers) {
                TrustGraphSnapshot seen = Exhaustive.seenBy(graph, viewer);
                Set<String> visible = new org.thirdsectoratlas.pathways.infrastructure.graph.Neo4jPathwayRepository(graph)
                        .organisations(ids, viewer).keySet();
                List<String> mine = ids.stream().filter(visible::contains).toList();
                for (int q = 0; q < 14; q++) {
                    String from = mine.get(random.nextInt(mine.size()));
                    String to = mine.get(random.nextInt(mine.size()));
                    if (from.equals(to)) {
                        continue;
                    }
                    boolean tightHubs = q % 2 == 1;
                    int maxHops = 1 + random.nextInt(3);
                    int k = 1 + q % 3;
                    Set<String> avoid = q % 5 == 1 ? Set.of(mine.get(random.nextInt(mine.size()))) : Set.of();
                    avoid = avoid.contains(from) || avoid.contains(to) ? Set.of() : avoid;
                    String viaGroup = q % 7 == 3 ? groups.get(random.nextInt(groups.size())) : null;
                    String viaOrg = q % 7 == 5 ? mine.get(random.nextInt(mine.size())) : null;
                    if (viaOrg != null && (from.equals(viaOrg) || avoid.contains(viaOrg))) {
                        viaOrg = null;
                    }
                    PathwayQuery query = PathwayQuery.between(from, to).withMaxHops(maxHops).withLimit(k)
                            .withConfirmedOnly(q % 3 == 1).withFormalOnly(q % 4 == 2).withAvoid(avoid)
                            .withVia(viaGroup != null ? viaGroup : viaOrg);
                    TieFilter filter = new TieFilter(query.confirmedOnly(), query.formalOnly(), avoid, viaGroup,
                            tightHubs ? TIGHT : HubPolicy.DEFAULT);
                    List<Pathway> expected = Exhaustive.kBest(seen, from, to, maxHops, filter, viaOrg, k);
                    List<Pathway> actual = (tightHubs ? tight : finder).find(query, viewer).pathways();
                    assertEquals(describe(expected), describe(actual), viewer + ", " + query + ", " + filter.hubs());
                    nonEmpty += actual.isEmpty() ? 0 : 1;
                }
            }
            assertTrue(nonEmpty >= 12, "enough queries find pathways to mean something: " + nonEmpty);
        } finally {
            loader.remove(g500.dataset());
        }
    }
}
