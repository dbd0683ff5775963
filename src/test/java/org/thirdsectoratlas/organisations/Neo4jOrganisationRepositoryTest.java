package org.thirdsectoratlas.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.organisations.domain.ConsortiumPartnership;
import org.thirdsectoratlas.organisations.domain.NetworkMembership;
import org.thirdsectoratlas.organisations.domain.Organisation;
import org.thirdsectoratlas.organisations.domain.OrganisationFilter;
import org.thirdsectoratlas.organisations.infrastructure.graph.Neo4jOrganisationRepository;
import org.thirdsectoratlas.shared.domain.Link;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

class Neo4jOrganisationRepositoryTest {

    private static Neo4jOrganisationRepository repository;

    @BeforeAll
    static void seed() {
        repository = new Neo4jOrganisationRepository(TestGraph.seeded());
    }

    @Test
    void findsAnOrganisationWithItsNetworksConsortiaAndProgrammes() {
        Organisation ageUk = repository.findById("age-uk-leeds", Viewer.PUBLIC).orElseThrow();

        assertEquals("Age UK Leeds", ageUk.name());
        assertEquals(List.of("Leeds Oak Alliance", "Linking Leeds"),
                ageUk.networks().stream().map(NetworkMembership::name).toList());
        assertEquals(List.of("Advonet consortium"),
                ageUk.consortia().stream().map(ConsortiumPartnership::name).toList());
        assertEquals("Enhance", ageUk.programmes().get(0).name());
        assertEquals("RUNS", ageUk.programmes().get(0).relation());
        assertEquals("RESEARCH", ageUk.provenance().source());
        assertEquals("2023-07-01", ageUk.provenance().lastConfirmed());
        assertEquals("CONFIRMED", ageUk.networks().get(0).provenance().status());
        assertTrue(ageUk.networks().get(0).provenance().sourceQuote().contains("Linking Leeds"));
    }

    @Test
    void theFullProfileHasCollaborationsResourcesCommunitiesAndLocalities() {
        Organisation forum = repository.findById("forum-central", Viewer.PUBLIC).orElseThrow();
        assertEquals(1, forum.collaborations().size());
        assertEquals("voluntary-action-leeds", forum.collaborations().get(0).id());
        assertEquals("RESEARCH", forum.collaborations().get(0).kind());
        assertEquals(List.of("forum-central-capacity-building-resources"),
                forum.resources().stream().map(Link::id).toList());
        assertEquals("EXPERTISE", forum.resources().get(0).kind());
        assertEquals(List.of("leeds"), forum.localities().stream().map(Link::id).toList());

        Organisation val = repository.findById("voluntary-action-leeds", Viewer.PUBLIC).orElseThrow();
        assertEquals("forum-central", val.collaborations().get(0).id(), "a collaboration reads both ways");
        assertEquals(List.of("third-sector-leeds"), val.supporting().stream().map(Link::id).toList());
        assertEquals("Network", val.supporting().get(0).kind());
        assertEquals(1, val.supportingTotal(), "below the cap the total is the list's own length");
        assertEquals(0, val.supportedByTotal());

        Organisation mesmac = repository.findById("yorkshire-mesmac", Viewer.PUBLIC).orElseThrow();
        assertEquals(List.of("People from the LGBT+ community", "communities affected by HIV"),
                mesmac.communities().stream().map(c -> c.name()).toList());
        assertEquals("LGBTQ+ communities", mesmac.communities().get(0).statedAs());
        assertEquals("CONFIRMED", mesmac.communities().get(0).provenance().status());
    }

    @Test
    void anUnknownIdFindsNothing() {
        assertTrue(repository.findById("no-such-organisation", Viewer.PUBLIC).isEmpty());
    }

    @Test
    void listsOrganisationsByNameInPagesWithTheTotal() {
        var first = repository.list(OrganisationFilter.NONE, new PageRequest(0, 5), Viewer.PUBLIC);
        var second = repository.list(OrganisationFilter.NONE, new PageRequest(1, 5), Viewer.PUBLIC);

        assertEquals(5, first.items().size());
        assertEquals(first.total(), TestGraph.count("MATCH (o:Organisation) RETURN count(o)"));
        assertTrue(first.items().get(4).name().compareTo(second.items().get(0).name()) <= 0);
        var names = first.items().stream().map(o -> o.name()).toList();
        assertEquals(names.stream().sorted().toList(), names);
    }
}
