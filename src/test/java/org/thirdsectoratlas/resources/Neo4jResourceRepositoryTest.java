package org.thirdsectoratlas.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.resources.domain.ResourceKind;
import org.thirdsectoratlas.resources.domain.ResourceSummary;
import org.thirdsectoratlas.resources.infrastructure.graph.Neo4jResourceRepository;
import org.thirdsectoratlas.shared.domain.Link;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

class Neo4jResourceRepositoryTest {

    private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_SIZE);
    private static Neo4jResourceRepository repository;

    @BeforeAll
    static void seed() {
        repository = new Neo4jResourceRepository(TestGraph.seeded());
    }

    @Test
    void theOrionPartnershipSharesPhysicalSpace() {
        var space = repository.findById("orion-partnership-physical-space", Viewer.PUBLIC).orElseThrow();

        assertEquals("PREMISES", space.kind());
        assertEquals(List.of(new Link("orion-partnership", "Orion Partnership", "Network", null,
                space.sharedBy().get(0).provenance())), space.sharedBy());
        assertEquals("RESEARCH", space.sharedBy().get(0).provenance().source());
    }

    @Test
    void listsTheCapacityBuildingExpertiseOfTheInfrastructureBodies() {
        var expertise = repository.list(ResourceKind.EXPERTISE, ALL, Viewer.PUBLIC);
        assertEquals(4, expertise.total());
        assertTrue(expertise.items().stream().allMatch(r -> r.sharers() == 1));
        assertEquals(List.of("orion-partnership-physical-space"), repository.list(ResourceKind.PREMISES, ALL, Viewer.PUBLIC).items()
                .stream().map(ResourceSummary::id).toList());
        assertEquals(5, repository.list(null, ALL, Viewer.PUBLIC).total());
    }

    @Test
    void anUnknownIdFindsNothing() {
        assertTrue(repository.findById("no-such-resource", Viewer.PUBLIC).isEmpty());
    }
}
