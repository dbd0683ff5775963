package org.thirdsectoratlas.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Record;
import org.thirdsectoratlas.pathways.InMemoryFinders;
import org.thirdsectoratlas.pathways.application.PathwayFinder;
import org.thirdsectoratlas.pathways.domain.Pathway;
import org.thirdsectoratlas.pathways.domain.PathwayQuery;
import org.thirdsectoratlas.pathways.infrastructure.graph.Neo4jPathwayRepository;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.platform.graph.GraphBootstrap;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;
import org.thirdsectoratlas.trust.application.TrustGraphHolder;
import org.thirdsectoratlas.trust.domain.Exhaustive;
import org.thirdsectoratlas.trust.domain.Hop;
import org.thirdsectoratlas.trust.domain.HubPolicy;
import org.thirdsectoratlas.trust.domain.TieFilter;
import org.thirdsectoratlas.trust.domain.TrustGraphChanged;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;
import org.thirdsectoratlas.trust.infrastructure.graph.Neo4jTrustGraphRepository;

/**
 * A write changes the held graph by the change itself: the holder reads the change log's numbered changes since
 * the last it applied and reads again only their subjects' facts. After every one of a random sequence of writes
 * (ties and memberships added, withdrawn, confirmed, deleted, hidden; organisations hidden and retired; groups
 * pushed past the hub limits), applied as deltas, every caller gets exactly the answers a whole fresh load of the
 * same graph gives, and at the end exactly the exhaustive oracle's k best; and a withdrawn tie, a visibility change
 * and a revoked partnership take effect at the very next request.
 */
class TrustGraphDeltaTest {

    private static final String[] FORMALITY = {null, "INFORMAL", "SEMI_FORMAL", "FORMAL"};
    private static final String[] STATUS = {"CONFIRMED", "CONFIRMED", "CLAIMED", "WITHDRAWN"};
    private static final String[] VISIBILITY = {null, null, "PUBLIC", null, "PARTNERS", "PRIVATE"};
    private static final HubPolicy TIGHT = new HubPolicy(3, 6);

    private final Graph graph = TestGraph.graph();
    /** Organisations retired by the random writes: no longer asked about (an unknown id for every search). */
    private final Set<String> retired = new HashSet<>();

    @AfterAll
    static void restoreLeeds() {
        TrustFixture.restoreLeeds();
    }

    /**
     * One write as the Atlas makes it: in the same transaction as the change, the change log's counter moves and a
     * (:Change) numbered by it names the change's subjects (the contract editing's ChangeLog keeps).
     */
    private void logged(List<String> subjects, String cypher, Map<String, Object> parameters) {
        graph.write(tx -> {
            long sequence = tx.run("""
                    MERGE (k:ChangeCounter {id: 'changes'}) SET k.next = coalesce(k.next, 0) + 1
                    RETURN k.next AS sequence""").single().get("sequence").asLong();
            tx.run("""
                    CREATE (:Change {id: 'change-' + $sequence, sequence: $sequence, action: 'TEST',
                                     organisationIds: $subjects, createdOrganisations: []})""",
                    Map.of("sequence", sequence, "subjects", subjects)).consume();
            tx.run(cypher, parameters).consume();
            return null;
        });
    }

    private static TrustGraphHolder holder(Graph graph) {
        var holder = new TrustGraphHolder(new Neo4jTrustGraphRepository(graph), new GraphBootstrap(null),
                TestGraph.changes(), 300);
        holder.rebuild();
        return holder;
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void randomWritesAppliedAsDeltasGiveExactlyTheAnswersOfAFreshLoad(long seed) {
        Random random = new Random(seed);
        int n = 10 + random.nextInt(4);
        TrustFixture fixture = TrustFixture.empty();
        fixture.orgs(IntStream.range(0, n).mapToObj(i -> "o" + i).toArray(String[]::new));
        for (int t = 0; t < n + random.nextInt(n); t++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b) {
                fixture.collab("o" + a, "o" + b, FORMALITY[random.nextInt(4)], STATUS[random.nextInt(4)],
                        LocalDate.of(2019 + random.nextInt(6), 1 + random.nextInt(12), 1));
            }
        }
        String[] labels = {"Network", "Consortium", "Resource", "Network"};
        int[] sizes = {2 + random.nextInt(2), 2 + random.nextInt(4), 3 + random.nextInt(3), 5 + random.nextInt(3)};
        for (int g = 0; g < labels.length; g++) {
            fixture.group(labels[g], "g" + g, FORMALITY[random.nextInt(4)]);
            for (int m = 0; m < sizes[g]; m++) {
                fixture.member("o" + random.nextInt(n), "g" + g, STATUS[random.nextInt(4)],
                        LocalDate.of(2019 + random.nextInt(6), 6, 1));
            }
        }
        graph.write(tx -> tx.run("""
                MATCH ()-[r:COLLABORATES_WITH|MEMBER_OF|PARTNER_IN|SHARES]->()
                SET r.visibility = $tiers[toInteger(rand() * size($tiers))]""",
                Map.of("tiers", List.of("PUBLIC", "PUBLIC", "PARTNERS", "PRIVATE"))).consume());
        TrustGraphHolder holder = holder(graph);
        var names = new Neo4jPathwayRepository(graph);
        var delta = new PathwayFinder(names, holder, TIGHT);

        int compared = 0;
        for (int w = 0; w < 14; w++) {
            String what = "seed " + seed + ", write " + w + ": " + write(random, n);
            holder.onChange(new TrustGraphChanged("a test write"));
            TrustGraphSnapshot held = holder.graph();
            assertTrue(holder.loaded().orElseThrow().delta(), "applied as a delta: " + what);
            PathwayFinder fresh = InMemoryFinders.loadedOnce(graph, TIGHT);
            for (Viewer viewer : viewers(random, n)) {
                for (int q = 0; q < 5; q++) {
                    PathwayQuery query = query(random, n);
                    assertEquals(answer(fresh, query, viewer), answer(delta, query, viewer),
                            what + ", " + viewer + ", " + query);
                    compared++;
                }
            }
            assertTrue(held == holder.graph(), "served as it is until the next change");
        }
        for (Viewer viewer : viewers(random, n)) {
            TrustGraphSnapshot seen = Exhaustive.seenBy(graph, viewer);
            for (int q = 0; q < 8; q++) {
                PathwayQuery query = query(random, n);
                List<Pathway> all = Exhaustive.pathways(seen, query.from(), query.to(), query.maxHops(),
                        new TieFilter(query.confirmedOnly(), false, Set.of(), null, TIGHT), null);
                String expected = seen.indexOf(query.from()) < 0 || seen.indexOf(query.to()) < 0
                        ? answer(fresh(), query, viewer)
                        : describe(all.subList(0, Math.min(query.limit(), all.size()))).toString();
                assertEquals(expected, answer(delta, query, viewer), "the oracle, seed " + seed + ", " + viewer);
            }
        }
        assertTrue(compared >= 14 * 20);
    }

    /** One random write through the change log; returns what it did. */
    private String write(Random random, int n) {
        int i = random.nextInt(n);
        String a = "o" + i;
        String b = "o" + (i + 1 + random.nextInt(n - 1)) % n;
        String group = "g" + random.nextInt(4);
        Map<String, Object> p = new HashMap<>();
        p.put("a", a);
        p.put("b", b);
        p.put("group", group);
        p.put("status", STATUS[random.nextInt(4)]);
        p.put("formality", FORMALITY[random.nextInt(4)]);
        p.put("visibility", VISIBILITY[random.nextInt(VISIBILITY.length)]);
        p.put("date", LocalDate.of(2019 + random.nextInt(6), 1 + random.nextInt(12), 1));
        List<Record> ties = graph.read(tx -> tx.run("""
                MATCH (x:Organisation)-[r:COLLABORATES_WITH]->(y:Organisation)
                RETURN elementId(r) AS tie, x.id AS x, y.id AS y ORDER BY tie""").list());
        List<Record> memberships = graph.read(tx -> tx.run("""
                MATCH (x:Organisation)-[r:MEMBER_OF|PARTNER_IN|SHARES]->(g)
                RETURN elementId(r) AS membership, x.id AS x, g.id AS g ORDER BY membership""").list());
        int kind = random.nextInt(10);
        if (kind <= 2 && !ties.isEmpty()) {
            Record tie = ties.get(random.nextInt(ties.size()));
            p.put("tie", tie.get("tie").asString());
            List<String> ends = List.of(tie.get("x").asString(), tie.get("y").asString());
            String change = switch (kind) {
                case 0 -> "SET r.status = $status";
                case 1 -> "SET r.visibility = $visibility, r.lastConfirmed = $date";
                default -> "DELETE r";
            };
            logged(ends, "MATCH ()-[r]->() WHERE elementId(r) = $tie " + change, p);
            return change + " on tie " + ends;
        }
        if (kind <= 4 && !memberships.isEmpty()) {
            Record membership = memberships.get(random.nextInt(memberships.size()));
            p.put("membership", membership.get("membership").asString());
            String change = kind == 3 ? "SET r.status = $status" : "SET r.visibility = $visibility";
            logged(List.of(membership.get("x").asString()),
                    "MATCH ()-[r]->() WHERE elementId(r) = $membership " + change, p);
            return change + " on membership " + membership.get("x") + " of " + membership.get("g");
        }
        if (kind == 5) {
            logged(List.of(a), "MATCH (o:Organisation {id: $a}) SET o.visibility = $visibility", p);
            return a + " visibility " + p.get("visibility");
        }
        if (kind == 6 && random.nextInt(3) == 0 && !retired.contains(a)) {
            logged(List.of(a), "MATCH (o:Organisation {id: $a}) SET o.retired = true", p);
            retired.add(a);
            return a + " retired";
        }
        if (kind <= 7) {
            logged(List.of(a), """
                    MATCH (o:Organisation {id: $a}), (g {id: $group})
                    CALL (o, g) {
                      WITH o, g WHERE g:Network CREATE (o)-[r:MEMBER_OF]->(g) RETURN r
                      UNION WITH o, g WHERE g:Consortium CREATE (o)-[r:PARTNER_IN]->(g) RETURN r
                      UNION WITH o, g WHERE g:Resource CREATE (o)-[r:SHARES]->(g) RETURN r
                    }
                    SET r.status = $status, r.visibility = $visibility, r.lastConfirmed = $date""", p);
            return a + " joins " + group;
        }
        logged(List.of(a, b), """
                MATCH (a:Organisation {id: $a}), (b:Organisation {id: $b})
                CREATE (a)-[:COLLABORATES_WITH {kind: 'SERVICE', formality: $formality, status: $status,
                                                visibility: $visibility, lastConfirmed: $date}]->(b)""", p);
        return "a tie " + a + " to " + b;
    }

    private static List<Viewer> viewers(Random random, int n) {
        return List.of(Viewer.PUBLIC, new Viewer(Set.of(), true),
                new Viewer(Set.of("o" + random.nextInt(n)), false),
                new Viewer(new HashSet<>(List.of("o" + random.nextInt(n), "o" + random.nextInt(n))), false));
    }

    private PathwayQuery query(Random random, int n) {
        String from;
        String to;
        do {
            int f = random.nextInt(n);
            from = "o" + f;
            to = "o" + (f + 1 + random.nextInt(n - 1)) % n;
        } while (retired.contains(from) || retired.contains(to));
        return PathwayQuery.between(from, to).withLimit(1 + random.nextInt(4))
                .withMaxHops(1 + random.nextInt(5)).withConfirmedOnly(random.nextInt(3) == 0);
    }

    private PathwayFinder fresh() {
        return InMemoryFinders.loadedOnce(graph, TIGHT);
    }

    /** The pathways found, or the refusal when the caller may not see an end (the same for both searches). */
    private static String answer(PathwayFinder finder, PathwayQuery query, Viewer viewer) {
        try {
            return describe(finder.find(query, viewer).pathways()).toString();
        } catch (UnknownIdException e) {
            return e.getMessage();
        }
    }

    private static List<String> describe(List<Pathway> pathways) {
        return pathways.stream().map(p -> p.organisationIds() + " " + p.score() + " " + p.oldestConfirmation() + " "
                + p.hops().stream().map(Hop::explanation).toList()).toList();
    }

    private static Viewer member(String organisation) {
        return new Viewer(Set.of(organisation), false);
    }

    @Test
    void aWithdrawnTieAVisibilityChangeAndARevokedPartnershipTakeEffectAtTheNextRequest() {
        TrustFixture.empty().orgs("a", "b", "c", "y", "z").collab("a", "b").collab("a", "y").collab("y", "z")
                .run("""
                        MATCH (b:Organisation {id: 'b'}), (c:Organisation {id: 'c'})
                        CREATE (b)-[:COLLABORATES_WITH {kind: 'SERVICE', status: 'CONFIRMED', visibility: 'PARTNERS'}]->(c)""");
        TrustGraphHolder holder = holder(graph);
        var finder = new PathwayFinder(new Neo4jPathwayRepository(graph), holder);
        PathwayQuery aToC = PathwayQuery.between("a", "c").withMaxHops(3);
        PathwayQuery aToZ = PathwayQuery.between("a", "z").withMaxHops(3);
        assertEquals(List.of("a", "b", "c"), finder.find(aToC, member("a")).pathways().get(0).organisationIds(),
                "a, b's confirmed partner, sees b's partners-only tie to c");
        assertTrue(finder.find(aToC, Viewer.PUBLIC).pathways().isEmpty(), "anyone does not");
        assertEquals(1, finder.find(aToZ, Viewer.PUBLIC).pathways().size());

        logged(List.of("a", "b"), "MATCH (:Organisation {id: 'a'})-[t:COLLABORATES_WITH]-(:Organisation {id: 'b'}) "
                + "SET t.status = 'CLAIMED'", Map.of());
        holder.onChange(new TrustGraphChanged("partnership revoked"));
        assertTrue(finder.find(aToC, member("a")).pathways().isEmpty(), "the partnership is only claimed now");
        TrustGraphHolder.Loaded applied = holder.loaded().orElseThrow();
        assertTrue(applied.delta());
        assertSame(applied, holder.refresh(), "the refresh the event queued finds the change applied already");
        assertEquals(List.of("a", "b", "c"), finder.find(aToC, member("b")).pathways().get(0).organisationIds(),
                "b's own members still see it");

        logged(List.of("y", "z"), "MATCH (:Organisation {id: 'y'})-[t:COLLABORATES_WITH]-(:Organisation {id: 'z'}) "
                + "SET t.visibility = 'PRIVATE'", Map.of());
        holder.onChange(new TrustGraphChanged("tie made private"));
        assertTrue(finder.find(aToZ, Viewer.PUBLIC).pathways().isEmpty(), "a private tie is hidden at once");
        assertEquals(1, finder.find(aToZ, member("z")).pathways().size(), "from all but its own");

        logged(List.of("y", "z"), "MATCH (:Organisation {id: 'y'})-[t:COLLABORATES_WITH]-(:Organisation {id: 'z'}) "
                + "SET t.status = 'WITHDRAWN'", Map.of());
        holder.onChange(new TrustGraphChanged("tie withdrawn"));
        assertTrue(finder.find(aToZ, member("z")).pathways().isEmpty(), "a withdrawn tie is gone at once");

        logged(List.of("a"), "MATCH (o:Organisation {id: 'a'}) SET o.visibility = 'PRIVATE'", Map.of());
        holder.onChange(new TrustGraphChanged("organisation made private"));
        assertTrue(finder.find(PathwayQuery.between("y", "b").withMaxHops(3), Viewer.PUBLIC).pathways().isEmpty(),
                "nothing passes through a private organisation");
        assertTrue(holder.loaded().orElseThrow().delta());
    }

    @Test
    void aWriteTheChangeLogDoesNotNumberLoadsTheWholeGraphAgain() {
        TrustFixture fixture = TrustFixture.empty().orgs("a", "b", "c").collab("a", "b");
        TrustGraphHolder holder = holder(graph);
        var finder = new PathwayFinder(new Neo4jPathwayRepository(graph), holder);

        fixture.collab("b", "c");
        holder.onChange(new TrustGraphChanged("a bulk load"));
        assertEquals(1, finder.find(PathwayQuery.between("a", "c"), Viewer.PUBLIC).pathways().size());
        assertFalse(holder.loaded().orElseThrow().delta(), "no change numbered: a whole load");

        graph.write(tx -> tx.run("""
                MERGE (k:ChangeCounter {id: 'changes'}) SET k.next = coalesce(k.next, 0) + 1
                WITH k MATCH (:Organisation {id: 'b'})-[t]-(:Organisation {id: 'c'}) SET t.status = 'WITHDRAWN'""")
                .consume());
        holder.onChange(new TrustGraphChanged("a number with no change recorded"));
        assertTrue(finder.find(PathwayQuery.between("a", "c"), Viewer.PUBLIC).pathways().isEmpty());
        assertFalse(holder.loaded().orElseThrow().delta(), "an unknown change: a whole load");

        logged(List.of("b", "c"), "MATCH (:Organisation {id: 'b'})-[t]-(:Organisation {id: 'c'}) "
                + "SET t.status = 'CONFIRMED'", Map.of());
        holder.onChange(new TrustGraphChanged("a numbered change"));
        assertEquals(1, finder.find(PathwayQuery.between("a", "c"), Viewer.PUBLIC).pathways().size());
        assertTrue(holder.loaded().orElseThrow().delta(), "then changes apply as deltas again");
    }
}
