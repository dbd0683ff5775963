package org.thirdsectoratlas.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thirdsectoratlas.insights.Neo4jCoverageRepositoryTest.cell;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.insights.domain.CellGroup;
import org.thirdsectoratlas.insights.domain.CellKey;
import org.thirdsectoratlas.insights.domain.CellOrganisation;
import org.thirdsectoratlas.insights.domain.CoverageMatrix;
import org.thirdsectoratlas.insights.infrastructure.graph.Neo4jCoverageRepository;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

/** Coverage rules on a small graph built by hand, where the right answer is known. */
class CoverageOnAHandBuiltGraphTest {

    @AfterAll
    static void restoreLeeds() {
        TestGraph.wipe();
        TestGraph.seeded();
    }

    @Test
    void aConsortiumCoversACellThroughItsPartnersAndANetworkThroughAMemberInItsOwnPlace() {
        TestGraph.wipe();
        TestGraph.graph().write(tx -> tx.run("""
                CREATE (city:Locality {id: 'city', name: 'City', kind: 'CITY'}),
                       (ward:Locality {id: 'ward', name: 'Ward', kind: 'WARD'}),
                       (ward)-[:PART_OF]->(city),
                       (old:Community {id: 'older', name: 'Older people'}),
                       (young:Community {id: 'young', name: 'Young people'}),
                       (a:Organisation {id: 'a', name: 'A', kind: 'CHARITY'}),
                       (b:Organisation {id: 'b', name: 'B', kind: 'CHARITY'}),
                       (gone:Organisation {id: 'gone', name: 'Gone', kind: 'CHARITY'}),
                       (k:Consortium {id: 'k', name: 'K', structure: 'LEAD_PARTNER'}),
                       (n:Network {id: 'n', name: 'N', formality: 'INFORMAL'}),
                       (a)-[:SUPPORTS {status: 'CONFIRMED'}]->(old),
                       (a)-[:OPERATES_IN {status: 'CONFIRMED'}]->(ward),
                       (a)-[:PARTNER_IN {status: 'CONFIRMED', role: 'lead'}]->(k),
                       (b)-[:PARTNER_IN {status: 'CONFIRMED'}]->(k),
                       (b)-[:MEMBER_OF {status: 'CONFIRMED'}]->(n),
                       (b)-[:SUPPORTS {status: 'CONFIRMED'}]->(young),
                       (gone)-[:SUPPORTS {status: 'WITHDRAWN'}]->(young),
                       (gone)-[:OPERATES_IN {status: 'CONFIRMED'}]->(city)
                """).consume());

        CoverageMatrix m = new Neo4jCoverageRepository(TestGraph.graph()).compute(50, Viewer.PUBLIC);

        // A works in the ward, so it covers Older people in the ward and (rolled up) in the city.
        assertEquals(List.of("a"), cell(m, "older", "ward").organisations().stream().map(CellOrganisation::id).toList());
        assertEquals(List.of("a"), cell(m, "older", "city").organisations().stream().map(CellOrganisation::id).toList());
        assertEquals(List.of(new CellGroup("k", "K", "LEAD_PARTNER", false, List.of("a"))),
                cell(m, "older", "city").consortia());
        // B states no place and N none either: B covers nothing; Gone's tie is withdrawn.
        assertTrue(m.emptyCells().containsAll(List.of(new CellKey("young", "city"), new CellKey("young", "ward"))));
        assertEquals(2, m.cells().size());
    }
}
