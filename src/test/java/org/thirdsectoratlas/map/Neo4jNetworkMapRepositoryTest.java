package org.thirdsectoratlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.map.domain.MapEdge;
import org.thirdsectoratlas.map.domain.MapFilter;
import org.thirdsectoratlas.map.domain.MapGraph;
import org.thirdsectoratlas.map.domain.MapNode;
import org.thirdsectoratlas.map.infrastructure.graph.Neo4jNetworkMapRepository;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

class Neo4jNetworkMapRepositoryTest {

    private static final Set<String> SOLIDARITY = Set.of("leeds-gate", "basis-yorkshire", "lassn", "yorkshire-mesmac");
    private static Neo4jNetworkMapRepository repository;

    @BeforeAll
    static void seed() {
        repository = new Neo4jNetworkMapRepository(TestGraph.seeded());
    }

    private static Set<String> ids(MapGraph graph) {
        return graph.nodes().stream().map(MapNode::id).collect(Collectors.toSet());
    }

    @Test
    void theOverviewShowsOrganisationsNetworksAndConsortiaWithTheTiesAmongThem() {
        MapGraph map = repository.overview(MapFilter.none(), 250, Viewer.PUBLIC);

        assertTrue(ids(map).containsAll(SOLIDARITY));
        assertTrue(ids(map).containsAll(Set.of("leeds-solidarity-network", "advonet-consortium", "age-uk-leeds")));
        assertEquals(0, map.hidden());
        List<MapEdge> toSolidarity = map.edges().stream()
                .filter(e -> e.target().equals("leeds-solidarity-network")).toList();
        assertEquals(SOLIDARITY, toSolidarity.stream().map(MapEdge::source).collect(Collectors.toSet()));
        assertTrue(toSolidarity.stream().allMatch(e -> e.type().equals("MEMBER_OF") && e.status().equals("CONFIRMED")));
        MapEdge advonet = map.edges().stream().filter(e -> e.target().equals("advonet-consortium")).findFirst()
                .orElseThrow();
        assertEquals("FORMAL", advonet.formality());
    }

    @Test
    void theOverviewIsBoundedAndSaysHowManyNodesItLeftOut() {
        MapGraph all = repository.overview(MapFilter.none(), 250, Viewer.PUBLIC);
        MapGraph five = repository.overview(MapFilter.none(), 5, Viewer.PUBLIC);

        assertEquals(5, five.nodes().size());
        assertEquals(all.nodes().size() - 5, five.hidden());
        long[] degrees = five.nodes().stream().mapToLong(MapNode::degree).toArray();
        for (int i = 1; i < degrees.length; i++) {
            assertTrue(degrees[i - 1] >= degrees[i], "best-connected first");
        }
    }

    @Test
    void aCommunityFilterKeepsWhoServesItAndTheNetworksTheyAreIn() {
        MapGraph map = repository.overview(new MapFilter("sex-workers", null, null, null, null, false), 250, Viewer.PUBLIC);
        assertTrue(ids(map).contains("basis-yorkshire"), ids(map).toString());
        assertTrue(ids(map).contains("leeds-solidarity-network"));
        assertTrue(!ids(map).contains("age-uk-leeds"));
    }

    @Test
    void aNeighbourhoodIsTheNodeAndItsDirectTies() {
        MapGraph map = repository.neighbourhood("leeds-solidarity-network", MapFilter.none(), 100, Viewer.PUBLIC);

        assertEquals("leeds-solidarity-network", map.nodes().get(0).id());
        assertTrue(ids(map).containsAll(SOLIDARITY));
        assertEquals(4, map.edges().stream().filter(e -> e.type().equals("MEMBER_OF")).count());
    }

    @Test
    void anUnknownNodeHasNoNeighbourhood() {
        assertTrue(repository.neighbourhood("no-such-node", MapFilter.none(), 100, Viewer.PUBLIC).nodes().isEmpty());
    }
}
