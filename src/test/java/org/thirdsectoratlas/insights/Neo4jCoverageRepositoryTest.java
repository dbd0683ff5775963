package org.thirdsectoratlas.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.insights.domain.CellGroup;
import org.thirdsectoratlas.insights.domain.CellKey;
import org.thirdsectoratlas.insights.domain.CellOrganisation;
import org.thirdsectoratlas.insights.domain.CoverageCell;
import org.thirdsectoratlas.insights.domain.CoverageIndex;
import org.thirdsectoratlas.insights.domain.CoverageMatrix;
import org.thirdsectoratlas.insights.domain.Ref;
import org.thirdsectoratlas.insights.infrastructure.graph.Neo4jCoverageRepository;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

class Neo4jCoverageRepositoryTest {

    private static CoverageMatrix leeds() {
        return new Neo4jCoverageRepository(TestGraph.seeded()).compute(50, Viewer.PUBLIC);
    }

    static CoverageCell cell(CoverageMatrix m, String community, String locality) {
        return m.cells().stream().filter(c -> c.community().equals(community) && c.locality().equals(locality))
                .findFirst().orElseThrow(() -> new AssertionError(community + " x " + locality + " is not covered"));
    }

    @Test
    void theIndexAnswersEveryPartOfTheMatrixExactlyAsTheMatrixDoes() {
        CoverageMatrix m = leeds();
        CoverageIndex index = new CoverageIndex(m);
        List<String> communities = new ArrayList<>(m.communities().stream().map(Ref::id).toList());
        List<String> localities = new ArrayList<>(m.localities().stream().map(Ref::id).toList());
        communities.add(null);
        localities.add(null);
        int nonEmpty = 0;
        for (String community : communities) {
            for (String locality : localities) {
                CoverageMatrix expected = m.filter(community, locality);
                assertEquals(expected, index.filter(community, locality), community + " x " + locality);
                nonEmpty += expected.cells().isEmpty() ? 0 : 1;
            }
        }
        assertTrue(nonEmpty > 10, "the Leeds matrix has covered cells to compare");
        assertTrue(index.hasCommunity("sex-workers") && index.hasLocality("leeds"));
        assertFalse(index.hasCommunity("leeds") || index.hasLocality("sex-workers"));
        assertEquals(m.filter("nobody", null), index.filter("nobody", null));
    }

    @Test
    void sexWorkersInLeedsAreCoveredByBasisThroughTheSolidarityNetwork() {
        CoverageCell cell = cell(leeds(), "sex-workers", "leeds");

        // BASIS Yorkshire supports Sex Workers; its place in Leeds comes from the Leeds Solidarity Network.
        assertEquals(List.of(new CellOrganisation("basis-yorkshire", "BASIS Yorkshire", "CHARITY", false,
                List.of("leeds-solidarity-network"))), cell.organisations());
        assertEquals(List.of(new CellGroup("leeds-solidarity-network", "Leeds Solidarity Network", null, true,
                List.of("basis-yorkshire"))), cell.networks());
        assertTrue(cell.consortia().isEmpty());
    }

    @Test
    void leedsGateCoversGypsiesAndTravellersInLeedsInItsOwnRightAndRollsUpToWestYorkshire() {
        CoverageMatrix m = leeds();
        CellOrganisation gate = cell(m, "gypsies-and-travellers", "leeds").organisations().get(0);
        assertEquals("leeds-gate", gate.id());
        assertTrue(gate.ownLocality());
        assertEquals(List.of("leeds-gate"), cell(m, "gypsies-and-travellers", "west-yorkshire").organisations()
                .stream().map(CellOrganisation::id).toList());
    }

    @Test
    void theSurveyCategoriesNoOrganisationSupportsAreEmptyCells() {
        CoverageMatrix m = leeds();

        assertEquals(21, m.communities().size());
        assertEquals(List.of("England and Wales", "Leeds", "West Yorkshire"),
                m.localities().stream().map(Ref::name).toList());
        // Five communities (four survey categories and "communities affected by HIV") are covered, in Leeds
        // and (rolled up) West Yorkshire; nothing is PART_OF England and Wales in the seed.
        assertEquals(10, m.cells().size());
        assertEquals(21 * 3 - 10, m.emptyCells().size());
        assertTrue(m.emptyCells().contains(new CellKey("older-people", "leeds")));
        assertTrue(m.emptyCells().contains(new CellKey("people-with-mental-health-issues", "leeds")));
        assertTrue(m.emptyCells().contains(new CellKey("gypsies-and-travellers", "england-and-wales")));
        assertFalse(m.emptyCells().contains(new CellKey("sex-workers", "leeds")));
    }

    @Test
    void filtersToOneCommunityOrLocality() {
        CoverageMatrix m = leeds().filter("people-from-the-lgbt-community", null);
        assertEquals(1, m.communities().size());
        assertEquals(2, m.cells().size());
        assertEquals(List.of("yorkshire-mesmac"), m.cells().get(0).organisations().stream()
                .map(CellOrganisation::id).toList());
        assertEquals(1, m.emptyCells().size());
    }
}
