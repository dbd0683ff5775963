package org.thirdsectoratlas.localities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.localities.domain.LocalityKind;
import org.thirdsectoratlas.localities.domain.LocalitySummary;
import org.thirdsectoratlas.localities.infrastructure.graph.Neo4jLocalityRepository;
import org.thirdsectoratlas.shared.domain.Link;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

class Neo4jLocalityRepositoryTest {

    private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_SIZE);
    private static Neo4jLocalityRepository repository;

    @BeforeAll
    static void seed() {
        repository = new Neo4jLocalityRepository(TestGraph.seeded());
    }

    @Test
    void leedsIsPartOfWestYorkshireWithTheBodiesWorkingThere() {
        var leeds = repository.findById("leeds", Viewer.PUBLIC).orElseThrow();

        assertEquals("CITY", leeds.kind());
        assertEquals(List.of("west-yorkshire"), leeds.partOf().stream().map(Link::id).toList());
        assertTrue(leeds.organisations().stream().map(Link::id).toList()
                .containsAll(List.of("voluntary-action-leeds", "forum-central", "age-uk-leeds", "leeds-gate")));
        assertTrue(leeds.networks().stream().anyMatch(n -> n.id().equals("leeds-solidarity-network")));
        assertEquals(List.of("leeds"), repository.findById("west-yorkshire", Viewer.PUBLIC).orElseThrow().places().stream()
                .map(Link::id).toList());
    }

    @Test
    void listsByNameAndKind() {
        assertEquals(List.of("england-and-wales", "leeds", "west-yorkshire"),
                repository.list(null, ALL, Viewer.PUBLIC).items().stream().map(LocalitySummary::id).toList());
        var regions = repository.list(LocalityKind.REGION, ALL, Viewer.PUBLIC).items();
        assertEquals(List.of(new LocalitySummary("west-yorkshire", "West Yorkshire", "REGION", 1, 0)), regions);
    }

    @Test
    void anUnknownIdFindsNothing() {
        assertTrue(repository.findById("atlantis", Viewer.PUBLIC).isEmpty());
    }
}
