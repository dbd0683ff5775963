package org.thirdsectoratlas.pathways;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.pathways.application.PathwayFinder;
import org.thirdsectoratlas.pathways.domain.Pathway;
import org.thirdsectoratlas.pathways.domain.PathwayQuery;
import org.thirdsectoratlas.pathways.domain.PathwayResult;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;
import org.thirdsectoratlas.trust.domain.Formality;
import org.thirdsectoratlas.trust.domain.Hop;
import org.thirdsectoratlas.trust.domain.TieKind;
import org.thirdsectoratlas.trust.domain.TieStatus;

/**
 * Pathways on the Leeds seed. Expected answers from graph-seed/leeds: the Leeds Solidarity Network has exactly
 * Leeds GATE, BASIS Yorkshire, LASSN and Yorkshire MESMAC (MEMBER_OF.csv); Forum Central and Voluntary Action
 * Leeds collaborate on research (COLLABORATES_WITH.csv); Age UK Leeds is the only named member of Linking Leeds,
 * Leeds Oak Alliance and the Advonet consortium, so it has no tie of trust to anyone.
 */
class LeedsPathwaysTest {

    private static PathwayFinder finder;

    @BeforeAll
    static void seed() {
        finder = InMemoryFinders.finder(TestGraph.seeded());
    }

    @Test
    void leedsGateReachesYorkshireMesmacInOneHopThroughTheSolidarityNetwork() {
        PathwayResult result = finder.find(PathwayQuery.between("leeds-gate", "yorkshire-mesmac"), Viewer.PUBLIC);

        assertEquals(List.of(List.of("leeds-gate", "yorkshire-mesmac"),
                List.of("leeds-gate", "basis-yorkshire", "yorkshire-mesmac"),
                List.of("leeds-gate", "lassn", "yorkshire-mesmac")),
                result.pathways().stream().map(Pathway::organisationIds).toList());
        Hop hop = result.pathways().get(0).hops().get(0);
        assertEquals("both members of Leeds Solidarity Network", hop.explanation());
        assertEquals(TieKind.NETWORK, hop.kind());
        assertEquals("leeds-solidarity-network", hop.groupId());
        assertEquals(Formality.UNSTATED, hop.formality(), "the report does not state the network's formality");
        assertEquals(TieStatus.CONFIRMED, hop.status());
        assertEquals(LocalDate.of(2023, 7, 1), hop.lastConfirmed());
        assertEquals("Leeds GATE", hop.fromName());
        assertNull(result.reason());
    }

    @Test
    void forumCentralReachesVoluntaryActionLeedsByTheirResearchCollaboration() {
        PathwayResult result = finder.find(PathwayQuery.between("forum-central", "voluntary-action-leeds"), Viewer.PUBLIC);

        assertEquals(1, result.pathways().size());
        Hop hop = result.pathways().get(0).hops().get(0);
        assertEquals(TieKind.COLLABORATION, hop.kind());
        assertEquals("Forum Central and Voluntary Action Leeds collaborate (research)", hop.explanation());
        assertEquals(1.02, result.pathways().get(0).score(), 1e-9, "one hop, unstated formality, confirmed");
    }

    @Test
    void ageUkLeedsHasNoPathwayToLeedsGateAndSaysWhy() {
        PathwayResult result = finder.find(PathwayQuery.between("age-uk-leeds", "leeds-gate"), Viewer.PUBLIC);

        assertTrue(result.pathways().isEmpty());
        assertEquals("Age UK Leeds has no ties of trust to any other organisation", result.reason());
    }

    @Test
    void theTwoClustersOfLeedsAreNotConnected() {
        PathwayResult result = finder.find(PathwayQuery.between("forum-central", "lassn").withMaxHops(6), Viewer.PUBLIC);
        assertTrue(result.pathways().isEmpty());
        assertEquals("no ties of trust connect them within 6 hops", result.reason());
    }

    @Test
    void sameOrganisationIsAnEmptyAnswerWithAReason() {
        PathwayResult result = finder.find(PathwayQuery.between("lassn", "lassn"), Viewer.PUBLIC);
        assertTrue(result.pathways().isEmpty());
        assertEquals("from and to are the same organisation", result.reason());
    }

    @Test
    void formalOnlyFindsNothingBecauseTheResearchStatesNoFormalTieBetweenThem() {
        PathwayResult result = finder.find(PathwayQuery.between("leeds-gate", "yorkshire-mesmac")
                .withFormalOnly(true), Viewer.PUBLIC);
        assertTrue(result.pathways().isEmpty());
        assertTrue(result.reason().contains("formal ties only"), result.reason());
    }
}
