package org.thirdsectoratlas.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.insights.domain.CollaborationGroup;
import org.thirdsectoratlas.insights.domain.Collaborations;
import org.thirdsectoratlas.insights.domain.Member;
import org.thirdsectoratlas.insights.domain.Ref;
import org.thirdsectoratlas.insights.infrastructure.graph.Neo4jCollaborationRepository;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

class Neo4jCollaborationRepositoryTest {

    private static Neo4jCollaborationRepository repository;

    @BeforeAll
    static void seed() {
        repository = new Neo4jCollaborationRepository(TestGraph.seeded());
    }

    @Test
    void leedsGateWorksWithItsFellowSolidarityNetworkMembersForGypsiesAndTravellers() {
        Collaborations result = repository.find("gypsies-and-travellers", null, Viewer.PUBLIC);

        assertEquals(List.of("leeds-gate"), result.organisations().stream().map(Ref::id).toList());
        CollaborationGroup network = result.networks().get(0);
        assertEquals("leeds-solidarity-network", network.id());
        assertEquals(4, network.memberCount());
        assertEquals(new Member("leeds-gate", "Leeds GATE", true, null), network.members().get(0));
        assertEquals(List.of("BASIS Yorkshire", "LASSN", "Yorkshire MESMAC"),
                network.members().stream().skip(1).map(Member::name).toList());
        assertTrue(result.consortia().isEmpty());
        assertTrue(result.collaborations().isEmpty());
    }

    @Test
    void inLeedsForumCentralAndValCollaborateAndTheSolidarityNetworkWorksTogether() {
        Collaborations result = repository.find(null, "leeds", Viewer.PUBLIC);

        assertEquals(List.of("Forum Central collaborates with Voluntary Action Leeds"),
                result.collaborations().stream().map(CollaborationGroup::name).toList());
        assertEquals("RESEARCH", result.collaborations().get(0).members().get(0).role());
        assertEquals(List.of("leeds-solidarity-network"),
                result.networks().stream().map(CollaborationGroup::id).toList());
        // All four members are in Leeds: through the network, which operates there.
        assertTrue(result.networks().get(0).members().stream().allMatch(Member::inScope));
        assertTrue(result.organisations().stream().anyMatch(o -> o.id().equals("basis-yorkshire")));
        // Linking Leeds has one known member (Age UK Leeds): nobody to work together with.
        assertTrue(result.networks().stream().noneMatch(n -> n.id().equals("linking-leeds")));
    }

    @Test
    void bothFiltersNarrowToOrganisationsMatchingEach() {
        Collaborations result = repository.find("sex-workers", "leeds", Viewer.PUBLIC);
        assertEquals(List.of("basis-yorkshire"), result.organisations().stream().map(Ref::id).toList());
        assertEquals(0, repository.find("sex-workers", "england-and-wales", Viewer.PUBLIC).organisationCount());
    }

    @Test
    void anUnknownCommunityOrLocalityIsReported() {
        assertEquals("community", assertThrows(UnknownIdException.class,
                () -> repository.find("no-such-community", null, Viewer.PUBLIC)).kind());
        assertEquals("locality", assertThrows(UnknownIdException.class,
                () -> repository.find("sex-workers", "atlantis", Viewer.PUBLIC)).kind());
    }
}
