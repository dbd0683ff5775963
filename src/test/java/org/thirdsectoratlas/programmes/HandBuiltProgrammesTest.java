package org.thirdsectoratlas.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.programmes.domain.Grant;
import org.thirdsectoratlas.programmes.domain.Party;
import org.thirdsectoratlas.programmes.domain.Programme;
import org.thirdsectoratlas.programmes.domain.ProgrammeFilter;
import org.thirdsectoratlas.programmes.domain.ProgrammeSummary;
import org.thirdsectoratlas.programmes.infrastructure.graph.Neo4jProgrammeRepository;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

/**
 * A grant programme built by hand beside the seed (ids hb-…) in the shape the 360Giving import writes (docs/graph-model.md): funder f runs
 * programme g and funds it; 105 public grants f -> r1 carry g's id, one PRIVATE grant f -> r2, one WITHDRAWN
 * grant f -> r1, and one grant f -> r3 where r3 itself is PRIVATE. Network n takes part. A second programme h
 * is PRIVATE to f.
 */
class HandBuiltProgrammesTest {

    private static final Viewer MEMBER_OF_F = new Viewer(Set.of("hb-f"), false);
    private static final Viewer MODERATOR = new Viewer(Set.of(), true);
    private static Neo4jProgrammeRepository programmes;

    @BeforeAll
    static void build() {
        TestGraph.seeded().write(tx -> tx.run("""
                CREATE (f:Organisation {id: 'hb-f', name: 'Fund F', kind: 'FUNDER'}),
                       (r1:Organisation {id: 'hb-r1', name: 'Recipient One', kind: 'CHARITY'}),
                       (r2:Organisation {id: 'hb-r2', name: 'Recipient Two', kind: 'CHARITY'}),
                       (r3:Organisation {id: 'hb-r3', name: 'Recipient Three', kind: 'CHARITY', visibility: 'PRIVATE'}),
                       (n:Network {id: 'hb-n', name: 'Network N', formality: 'INFORMAL'}),
                       (g:Programme {id: 'hb-g', name: 'Green Grants', description: 'small grants for green spaces',
                                     source: 'IMPORT', sourceRef: '360giving-test'}),
                       (h:Programme {id: 'hb-h', name: 'Hidden Grants', visibility: 'PRIVATE'}),
                       (f)-[:RUNS {source: 'IMPORT'}]->(g),
                       (f)-[:RUNS {source: 'IMPORT'}]->(h),
                       (f)-[:FUNDS {statedAs: 'core funding', source: 'IMPORT'}]->(g),
                       (n)-[:PARTICIPATES_IN {role: 'delivery partner', source: 'RESEARCH'}]->(g),
                       (f)-[:FUNDS {grantId: '360G-private', programmeId: 'hb-g', amount: 9.0, currency: 'GBP',
                                    awardDate: '2024-12-31', visibility: 'PRIVATE', source: 'IMPORT'}]->(r2),
                       (f)-[:FUNDS {grantId: '360G-withdrawn', programmeId: 'hb-g', amount: 9.0, currency: 'GBP',
                                    awardDate: '2024-12-30', status: 'WITHDRAWN', source: 'IMPORT'}]->(r1),
                       (f)-[:FUNDS {grantId: '360G-hidden-recipient', programmeId: 'hb-g', amount: 9.0,
                                    currency: 'GBP', awardDate: '2024-12-29', source: 'IMPORT'}]->(r3)
                WITH f, r1
                UNWIND range(1, 105) AS i
                CREATE (f)-[:FUNDS {grantId: '360G-' + i, title: 'Grant ' + i, programmeId: 'hb-g',
                                    amount: 1000.0 * i, currency: 'GBP',
                                    awardDate: toString(date('2024-01-01') + duration({days: i})),
                                    source: 'IMPORT', sourceRef: '360giving-test', status: 'CONFIRMED'}]->(r1)
                """).consume());
        programmes = new Neo4jProgrammeRepository(TestGraph.graph());
    }

    /** Leaves the seed as it was. */
    @AfterAll
    static void clear() {
        TestGraph.graph().runAutoCommit("MATCH (x) WHERE x.id STARTS WITH 'hb-' DETACH DELETE x");
    }

    @Test
    void aGrantProgrammeShowsItsRunnerFunderParticipantAndTheNewestGrantsFirst() {
        Programme g = programmes.findById("hb-g", Viewer.PUBLIC).orElseThrow();

        assertEquals(List.of("hb-f"), g.runBy().stream().map(Party::id).toList());
        assertEquals(List.of(new Party("hb-n", "Network N", "NETWORK", "INFORMAL", "delivery partner",
                g.participants().get(0).provenance())), g.participants());
        assertEquals("core funding", g.funders().get(0).role());
        assertEquals(105, g.grantsTotal());
        assertEquals(Programme.GRANTS_LISTED, g.grants().size());
        Grant newest = g.grants().get(0);
        assertEquals("360G-105", newest.grantId());
        assertEquals(105_000.0, newest.amount());
        assertEquals("2024-04-15", newest.awardDate());
        assertEquals("hb-f", newest.funder().id());
        assertEquals("Recipient One", newest.recipient().name());
        assertEquals("CONFIRMED", newest.provenance().status());
        assertEquals("360G-6", g.grants().get(99).grantId());
    }

    @Test
    void privateAndWithdrawnGrantsAreLeftOutForTheAnonymousAndCountedForTheFunder() {
        var publicIds = programmes.findById("hb-g", Viewer.PUBLIC).orElseThrow().grants().stream().map(Grant::grantId).toList();
        assertTrue(publicIds.stream().noneMatch(id -> id.equals("360G-private") || id.equals("360G-withdrawn")
                || id.equals("360G-hidden-recipient")));

        Programme forF = programmes.findById("hb-g", MEMBER_OF_F).orElseThrow();
        assertEquals(106, forF.grantsTotal(), "the private grant f recorded, not the one to a private recipient");
        assertEquals("360G-private", forF.grants().get(0).grantId());
        assertEquals(107, programmes.findById("hb-g", MODERATOR).orElseThrow().grantsTotal());
    }

    @Test
    void aPrivateProgrammeIsUnknownToTheAnonymousAndAbsentFromTheirDirectory() {
        assertTrue(programmes.findById("hb-h", Viewer.PUBLIC).isEmpty());
        assertEquals(List.of(new ProgrammeSummary("hb-g", "Green Grants", 1, 1, 105)),
                programmes.list(new ProgrammeFilter("grants"), new PageRequest(0, 10), Viewer.PUBLIC).items());
        assertEquals(10, programmes.list(new ProgrammeFilter(null), new PageRequest(0, 10), Viewer.PUBLIC).total(),
                "the seed's nine and Green Grants");
        assertEquals(List.of("hb-g", "hb-h"), programmes.list(new ProgrammeFilter("grants"), new PageRequest(0, 10), MODERATOR)
                .items().stream().map(ProgrammeSummary::id).sorted().toList());
    }
}
