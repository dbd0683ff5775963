package org.thirdsectoratlas.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.insights.domain.CommunityServed;
import org.thirdsectoratlas.insights.domain.Count;
import org.thirdsectoratlas.insights.domain.FormalityMix;
import org.thirdsectoratlas.insights.domain.Summary;
import org.thirdsectoratlas.insights.domain.TieCount;
import org.thirdsectoratlas.insights.infrastructure.graph.Neo4jSummaryRepository;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

class Neo4jSummaryRepositoryTest {

    private static Summary summary;

    @BeforeAll
    static void compute() {
        summary = new Neo4jSummaryRepository(TestGraph.seeded()).compute(Viewer.PUBLIC);
    }

    @Test
    void countsTheSeedByKindFormalityAndStructure() {
        assertTrue(summary.organisationsByKind().contains(new Count("CHARITY", 5)), summary.organisationsByKind().toString());
        assertTrue(summary.organisationsByKind().contains(new Count("INFRASTRUCTURE_BODY", 4)));
        assertEquals(9, summary.thirdSectorOrganisations());
        // Only Our Future Leeds and Women's Lives Leeds are stated as formal networks.
        assertEquals(List.of(new Count("FORMAL", 2), new Count("UNSTATED", 12)), summary.networksByFormality());
        assertEquals(List.of(new Count("UNSTATED", 1)), summary.consortiaByStructure());
        assertTrue(summary.ties().contains(new TieCount("MEMBER_OF", "CONFIRMED", 6)), summary.ties().toString());
        assertTrue(summary.ties().contains(new TieCount("PARTNER_IN", "CONFIRMED", 1)));
    }

    @Test
    void setsTheFormalityMixBesideTheThirdSectorTrendsFigures() {
        assertEquals(List.of("INFORMAL", "SEMI_FORMAL", "FORMAL"),
                summary.formality().stream().map(FormalityMix::formality).toList());
        FormalityMix informal = summary.formality().get(0);
        assertEquals(73, informal.trendPercentEngaged());
        assertEquals(0, informal.organisationsEngaged());
        assertEquals(65, summary.formality().get(1).trendPercentEngaged());
        FormalityMix formal = summary.formality().get(2);
        assertEquals(34, formal.trendPercentEngaged());
        assertEquals(20, formal.trendPercentInterested());
        assertEquals(2, formal.networks());
        assertEquals(1, formal.organisationsEngaged()); // Age UK Leeds, partner in the Advonet consortium
        assertEquals(11.1, formal.percentOfOrganisations());
    }

    @Test
    void setsCommunitiesServedBesideTheSurveyPercentages() {
        assertEquals(4, summary.organisationsStatingCommunities());
        CommunityServed gypsies = find("gypsies-and-travellers");
        assertNull(gypsies.surveyPrimaryPercent());
        assertEquals(11, gypsies.surveyAdditionalPercent());
        assertEquals(1, gypsies.organisations());
        assertEquals(25.0, gypsies.percentOfOrganisationsStatingCommunities());
        CommunityServed mentalHealth = find("people-with-mental-health-issues");
        assertEquals(89, mentalHealth.surveyAdditionalPercent());
        assertEquals(0, mentalHealth.organisations());
        // Ordered by how often the survey named them (primary + additional): deprivation 11+78 and mental
        // health 0+89 first, then by name.
        assertEquals(List.of("people-facing-high-levels-of-deprivation", "people-with-mental-health-issues"),
                summary.communities().stream().limit(2).map(CommunityServed::id).toList());
    }

    private static CommunityServed find(String id) {
        return summary.communities().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
