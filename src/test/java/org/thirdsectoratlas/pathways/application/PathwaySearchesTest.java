package org.thirdsectoratlas.pathways.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.pathways.domain.Pathway;
import org.thirdsectoratlas.pathways.domain.PathwayQuery;
import org.thirdsectoratlas.pathways.domain.PathwayResult;
import org.thirdsectoratlas.pathways.InMemoryFinders;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.platform.graph.GraphChanges;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

/**
 * Remembered pathway answers on the real seeded graph: served until any write commits, kept apart per query
 * and viewer, bounded, never for unknown ids, and searched again when the caller asks for a fresh answer.
 * Expected answers from graph-seed/leeds (see LeedsPathwaysTest): Age UK Leeds has no tie of trust, Leeds GATE
 * and Yorkshire MESMAC share the Leeds Solidarity Network.
 */
class PathwaySearchesTest {

    private static final PathwayQuery AGE_UK_TO_GATE = PathwayQuery.between("age-uk-leeds", "leeds-gate");
    private static final PathwayQuery GATE_TO_MESMAC = PathwayQuery.between("leeds-gate", "yorkshire-mesmac");

    private static Graph graph;
    private static PathwayFinder finder;

    @BeforeAll
    static void seed() {
        graph = TestGraph.seeded();
        finder = InMemoryFinders.finder(graph);
    }

    @AfterEach
    void removeTheProbeTie() {
        graph.write(tx -> tx.run("""
                MATCH (:Organisation {id: 'age-uk-leeds'})-[t:COLLABORATES_WITH {kind: 'pathway-cache-probe'}]-()
                DELETE t""").consume());
    }

    private static PathwaySearches searches(int maxEntries) {
        return new PathwaySearches(finder, TestGraph.changes(), maxEntries, 60);
    }

    @Test
    void aRepeatedQuestionIsServedUntilAWriteCommitsThenSearchedOnTheNewGraph() {
        PathwaySearches searches = searches(1000);
        PathwayResult none = searches.find(AGE_UK_TO_GATE, Viewer.PUBLIC);
        assertTrue(none.pathways().isEmpty(), none.reason());
        assertSame(none, searches.find(AGE_UK_TO_GATE, Viewer.PUBLIC), "the second question is a hit");

        graph.write(tx -> tx.run("""
                MATCH (a:Organisation {id: 'age-uk-leeds'}), (b:Organisation {id: 'leeds-gate'})
                CREATE (a)-[:COLLABORATES_WITH {kind: 'pathway-cache-probe', formality: 'FORMAL',
                        status: 'CONFIRMED'}]->(b)""").consume());
        PathwayResult after = searches.find(AGE_UK_TO_GATE, Viewer.PUBLIC);
        assertEquals(List.of(List.of("age-uk-leeds", "leeds-gate")),
                after.pathways().stream().map(Pathway::organisationIds).toList(), "the new tie is the pathway");
        assertNull(after.pathways().get(0).oldestConfirmation(), "a tie without a date makes the pathway undated");
    }

    @Test
    void anAtlasEditMovesTheCounterAndInvalidatesToo() {
        GraphChanges changes = new GraphChanges();
        PathwaySearches searches = new PathwaySearches(finder, changes, 1000, 60);
        PathwayResult first = searches.find(GATE_TO_MESMAC, Viewer.PUBLIC);
        changes.changed();
        PathwayResult second = searches.find(GATE_TO_MESMAC, Viewer.PUBLIC);
        assertNotSame(first, second);
        assertEquals(first, second);
    }

    @Test
    void aFreshSearchIsSearchedAgainAndRememberedInstead() {
        PathwaySearches searches = searches(1000);
        PathwayResult first = searches.find(GATE_TO_MESMAC, Viewer.PUBLIC);
        PathwayResult fresh = searches.findFresh(GATE_TO_MESMAC, Viewer.PUBLIC);
        assertNotSame(first, fresh);
        assertEquals(first, fresh);
        assertSame(fresh, searches.find(GATE_TO_MESMAC, Viewer.PUBLIC));
        assertEquals(1, searches.size());
    }

    @Test
    void queriesAndViewersAreKeptApartAndUnknownIdsAreNeverRemembered() {
        PathwaySearches searches = searches(1000);
        PathwayResult anyone = searches.find(GATE_TO_MESMAC, Viewer.PUBLIC);
        assertNotSame(anyone, searches.find(GATE_TO_MESMAC, new Viewer(Set.of("leeds-gate"), false)));
        assertNotSame(anyone, searches.find(GATE_TO_MESMAC.withLimit(1), Viewer.PUBLIC));
        assertEquals(1, searches.find(GATE_TO_MESMAC.withLimit(1), Viewer.PUBLIC).pathways().size());
        assertThrows(UnknownIdException.class,
                () -> searches.find(PathwayQuery.between("leeds-gate", "no-such-organisation"), Viewer.PUBLIC));
        assertEquals(3, searches.size());
    }

    @Test
    void theLeastRecentlyUsedAnswerGoesFirstWhenFull() {
        PathwaySearches searches = searches(2);
        PathwayResult gate = searches.find(GATE_TO_MESMAC, Viewer.PUBLIC);
        PathwayResult ageUk = searches.find(AGE_UK_TO_GATE, Viewer.PUBLIC);
        assertSame(gate, searches.find(GATE_TO_MESMAC, Viewer.PUBLIC)); // Age UK's answer is now the eldest
        searches.find(PathwayQuery.between("forum-central", "voluntary-action-leeds"), Viewer.PUBLIC);

        assertEquals(2, searches.size());
        assertSame(gate, searches.find(GATE_TO_MESMAC, Viewer.PUBLIC));
        assertNotSame(ageUk, searches.find(AGE_UK_TO_GATE, Viewer.PUBLIC));
    }
}
