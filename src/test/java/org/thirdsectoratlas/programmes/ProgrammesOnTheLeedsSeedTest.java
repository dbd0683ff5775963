package org.thirdsectoratlas.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.networks.infrastructure.graph.Neo4jNetworkRepository;
import org.thirdsectoratlas.organisations.domain.ProgrammeRole;
import org.thirdsectoratlas.organisations.infrastructure.graph.Neo4jOrganisationRepository;
import org.thirdsectoratlas.programmes.domain.Party;
import org.thirdsectoratlas.programmes.domain.Programme;
import org.thirdsectoratlas.programmes.domain.ProgrammeFilter;
import org.thirdsectoratlas.programmes.domain.ProgrammeSummary;
import org.thirdsectoratlas.programmes.domain.ProgrammeTie;
import org.thirdsectoratlas.programmes.infrastructure.graph.Neo4jProgrammeRepository;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

/**
 * The research's programmes as the seed holds them (graph-seed/leeds, each tie quoting the report): who runs
 * each and who takes part, read through the programme directory and through network and organisation answers.
 */
class ProgrammesOnTheLeedsSeedTest {

    private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_SIZE);
    private static Neo4jProgrammeRepository programmes;
    private static Neo4jNetworkRepository networks;
    private static Neo4jOrganisationRepository organisations;

    @BeforeAll
    static void seed() {
        var graph = TestGraph.seeded();
        programmes = new Neo4jProgrammeRepository(graph);
        networks = new Neo4jNetworkRepository(graph);
        organisations = new Neo4jOrganisationRepository(graph);
    }

    private static Programme programme(String id) {
        return programmes.findById(id, Viewer.PUBLIC).orElseThrow();
    }

    private static List<String> ids(List<Party> parties) {
        return parties.stream().map(p -> p.type() + ":" + p.id() + (p.role() == null ? "" : "/" + p.role())).toList();
    }

    @Test
    void enhanceIsRunByAgeUkLeeds() {
        Programme enhance = programme("enhance");
        assertEquals("Enhance", enhance.name());
        assertEquals(List.of("ORGANISATION:age-uk-leeds"), ids(enhance.runBy()));
        assertEquals(List.of(), enhance.participants());
        assertTrue(enhance.runBy().get(0).provenance().sourceQuote().contains("under the **Enhance** programme"));
        assertEquals("tsl-consortium-working-research-2023", enhance.provenance().sourceRef());
    }

    @Test
    void healthyHolidaysIsLeedsCommunityFoundations() {
        assertEquals(List.of("ORGANISATION:leeds-community-foundation"), ids(programme("healthy-holidays").runBy()));
    }

    @Test
    void theCommunityCareHubsPilotHasTheAnchorNetworkTakingPartAndNoNamedRunner() {
        Programme hubs = programme("community-care-hubs-pilot");
        assertEquals(List.of(), hubs.runBy());
        assertEquals(List.of("NETWORK:leeds-community-anchor-network"), ids(hubs.participants()));
        assertTrue(hubs.provenance().sourceQuote().startsWith("These organisations were called Community Care Hubs"));
    }

    @Test
    void theCovidEmergencyFoodResponseIsTheCouncilsWithTheFoodAidNetworkAnIntegralPart() {
        Programme food = programme("covid-emergency-food-response");
        assertEquals(List.of("ORGANISATION:leeds-city-council"), ids(food.runBy()));
        assertEquals(List.of("NETWORK:leeds-food-aid-network/integral part"), ids(food.participants()));
        assertEquals("Leeds FAN has been an integral part of Leeds City Council's Covid emergency food response.",
                food.participants().get(0).provenance().sourceQuote());
    }

    @Test
    void stateOfTheSectorResearchIsForumCentralsRefreshedWithVoluntaryActionLeeds() {
        Programme research = programme("state-of-the-sector-research");
        assertEquals(List.of("ORGANISATION:forum-central"), ids(research.runBy()));
        assertEquals(List.of("ORGANISATION:voluntary-action-leeds/refresh partner"), ids(research.participants()));
    }

    @Test
    void theHealthAndWellbeingStrategyNamesItsFundersAsParticipantsWithTheirRole() {
        Programme hws = programme("leeds-health-and-wellbeing-strategy");
        assertEquals(List.of("ORGANISATION:leeds-city-council", "ORGANISATION:leeds-community-foundation/funder",
                "ORGANISATION:national-lottery-community-fund/funder"), ids(hws.participants()));
        assertEquals(List.of("HWS"), hws.aliases());
        assertEquals(0, hws.grantsTotal(), "the seed records no 360Giving grant");
    }

    @Test
    void theDirectoryListsTheNineProgrammesByNameAndFindsThemByWords() {
        var page = programmes.list(new ProgrammeFilter(null), ALL, Viewer.PUBLIC);
        assertEquals(9, page.total());
        assertEquals("Best City Plan", page.items().get(0).name());
        assertEquals(List.of(new ProgrammeSummary("healthy-holidays", "Healthy Holidays", 1, 0, 0)),
                programmes.list(new ProgrammeFilter("holidays"), ALL, Viewer.PUBLIC).items());
        assertEquals("covid-emergency-food-response",
                programmes.list(new ProgrammeFilter("food response"), ALL, Viewer.PUBLIC).items().get(0).id());
        var second = programmes.list(new ProgrammeFilter(null), new PageRequest(1, 4), Viewer.PUBLIC);
        assertEquals(4, second.items().size());
        assertEquals(page.items().subList(4, 8), second.items());
    }

    @Test
    void aNetworkAnswerListsTheProgrammesItTakesPartIn() {
        assertEquals(List.of("covid-emergency-food-response"),
                networks.findById("leeds-food-aid-network", Viewer.PUBLIC).orElseThrow().programmes().stream()
                        .map(ProgrammeTie::id).toList());
        var solidarity = networks.findById("leeds-solidarity-network", Viewer.PUBLIC).orElseThrow().programmes();
        assertEquals(List.of("commissioning-from-the-margins:RUNS"),
                solidarity.stream().map(t -> t.id() + ":" + t.relation()).toList());
        assertEquals("integral part", networks.findById("leeds-food-aid-network", Viewer.PUBLIC).orElseThrow()
                .programmes().get(0).role());
    }

    @Test
    void anOrganisationAnswerCarriesTheRoleItTakesInAProgramme() {
        var val = organisations.findById("voluntary-action-leeds", Viewer.PUBLIC).orElseThrow().programmes();
        assertEquals(List.of("state-of-the-sector-research:PARTICIPATES_IN:refresh partner"),
                val.stream().map(r -> r.id() + ":" + r.relation() + ":" + r.role()).toList());
        assertEquals(List.of("enhance"), organisations.findById("age-uk-leeds", Viewer.PUBLIC).orElseThrow()
                .programmes().stream().map(ProgrammeRole::id).toList());
    }

    @Test
    void anUnknownProgrammeFindsNothing() {
        assertTrue(programmes.findById("no-such-programme", Viewer.PUBLIC).isEmpty());
    }
}
