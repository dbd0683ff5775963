package org.thirdsectoratlas.communities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.communities.domain.Community;
import org.thirdsectoratlas.communities.domain.CommunitySummary;
import org.thirdsectoratlas.communities.infrastructure.graph.Neo4jCommunityRepository;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

class Neo4jCommunityRepositoryTest {

    private static Neo4jCommunityRepository repository;

    @BeforeAll
    static void seed() {
        repository = new Neo4jCommunityRepository(TestGraph.seeded());
    }

    @Test
    void sexWorkersCarryTheSurveyFigureAndTheirSupporters() {
        var community = repository.findById("sex-workers", Viewer.PUBLIC).orElseThrow();

        assertEquals("Sex Workers", community.name());
        assertNull(community.surveyPrimaryPercent(), "not in the primary list");
        assertEquals(44, community.surveyAdditionalPercent());
        assertEquals(List.of("basis-yorkshire"), community.organisations().stream().map(Community.Supporter::id).toList());
        assertEquals(List.of("leeds-solidarity-network"),
                community.networks().stream().map(Community.Supporter::id).toList());
    }

    @Test
    void keepsTheSourceWordsWhereTheyWereMappedOntoACategory() {
        var lgbt = repository.findById("people-from-the-lgbt-community", Viewer.PUBLIC).orElseThrow();
        assertEquals("LGBTQ+ communities", lgbt.organisations().get(0).statedAs());
        assertEquals("yorkshire-mesmac", lgbt.organisations().get(0).id());
    }

    @Test
    void listsTheTwentySurveyCategories() {
        var survey = repository.list(true, new PageRequest(0, 100), Viewer.PUBLIC);
        var all = repository.list(false, new PageRequest(0, 100), Viewer.PUBLIC);

        assertEquals(20, survey.total());
        assertEquals(21, all.total(), "plus communities affected by HIV, named elsewhere in the report");
        var young = survey.items().stream().filter(c -> c.id().equals("young-people-and-care-leavers")).findFirst()
                .orElseThrow();
        assertEquals(new CommunitySummary("young-people-and-care-leavers", "Young People and Care Leavers", 22, 56, 0, 0),
                young);
        assertTrue(survey.items().stream().anyMatch(c -> c.id().equals("sex-workers") && c.organisations() == 1
                && c.networks() == 1));
    }

    @Test
    void anUnknownIdFindsNothing() {
        assertTrue(repository.findById("no-such-community", Viewer.PUBLIC).isEmpty());
    }
}
