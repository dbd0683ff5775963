package org.thirdsectoratlas.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.organisations.domain.ConsortiumPartnership;
import org.thirdsectoratlas.organisations.domain.NetworkMembership;
import org.thirdsectoratlas.organisations.domain.Organisation;
import org.thirdsectoratlas.organisations.infrastructure.graph.Neo4jOrganisationRepository;
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
    void anUnknownIdFindsNothing() {
        assertTrue(repository.findById("no-such-organisation", Viewer.PUBLIC).isEmpty());
    }

    @Test
    void listsOrganisationsByNameInPagesWithTheTotal() {
        var first = repository.list(0, 5, Viewer.PUBLIC);
        var second = repository.list(1, 5, Viewer.PUBLIC);

        assertEquals(5, first.items().size());
        assertEquals(first.total(), TestGraph.count("MATCH (o:Organisation) RETURN count(o)"));
        assertTrue(first.items().get(4).name().compareTo(second.items().get(0).name()) <= 0);
        var names = first.items().stream().map(o -> o.name()).toList();
        assertEquals(names.stream().sorted().toList(), names);
    }
}
