package org.thirdsectoratlas.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.networks.domain.NetworkFilter;
import org.thirdsectoratlas.networks.domain.NetworkSummary;
import org.thirdsectoratlas.networks.infrastructure.graph.Neo4jNetworkRepository;
import org.thirdsectoratlas.shared.domain.Formality;
import org.thirdsectoratlas.shared.domain.Link;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

class Neo4jNetworkRepositoryTest {

    private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_SIZE);
    private static Neo4jNetworkRepository repository;

    @BeforeAll
    static void seed() {
        repository = new Neo4jNetworkRepository(TestGraph.seeded());
    }

    private static List<String> ids(NetworkFilter filter) {
        return repository.list(filter, ALL, Viewer.PUBLIC).items().stream().map(NetworkSummary::id).toList();
    }

    @Test
    void theLeedsSolidarityNetworkHasItsFourMembersAndTheirCommunities() {
        var network = repository.findById("leeds-solidarity-network", Viewer.PUBLIC).orElseThrow();

        assertEquals(List.of("BASIS Yorkshire", "LASSN", "Leeds GATE", "Yorkshire MESMAC"),
                network.members().stream().map(Link::name).toList());
        assertEquals("CHARITY", network.members().get(0).kind());
        assertEquals("CONFIRMED", network.members().get(0).provenance().status());
        assertEquals(5, network.communities().size());
        assertTrue(network.communities().stream().anyMatch(c -> c.id().equals("sex-workers")));
        assertEquals(List.of("leeds"), network.localities().stream().map(Link::id).toList());
        assertEquals("RESEARCH", network.provenance().source());
    }

    @Test
    void showsSupportFundingAndSharedResources() {
        assertEquals(List.of("voluntary-action-leeds"), repository.findById("third-sector-leeds", Viewer.PUBLIC).orElseThrow()
                .supportedBy().stream().map(Link::id).toList());
        assertTrue(repository.findById("leeds-solidarity-network", Viewer.PUBLIC).orElseThrow().funders().stream()
                .anyMatch(f -> f.id().equals("kings-fund")));
        assertEquals(List.of("PREMISES"), repository.findById("orion-partnership", Viewer.PUBLIC).orElseThrow()
                .resources().stream().map(Link::kind).toList());
    }

    @Test
    void listsWithMemberCountsAndFilters() {
        var solidarity = repository.list(new NetworkFilter("solidarity", null, null, null), ALL, Viewer.PUBLIC).items();
        assertEquals(List.of(new NetworkSummary("leeds-solidarity-network", "Leeds Solidarity Network", null, 4)),
                solidarity);
        assertEquals(List.of("our-future-leeds", "womens-lives-leeds"),
                ids(new NetworkFilter(null, Formality.FORMAL, null, null)));
        assertEquals(List.of("leeds-solidarity-network"), ids(new NetworkFilter(null, null, "sex-workers", null)));
        assertEquals(ids(new NetworkFilter(null, null, null, "leeds")),
                ids(new NetworkFilter(null, null, null, "west-yorkshire")), "Leeds is part of West Yorkshire");
        assertEquals(14, repository.list(new NetworkFilter(null, null, null, null), new PageRequest(0, 2), Viewer.PUBLIC).total());
    }

    @Test
    void anUnknownIdFindsNothing() {
        assertTrue(repository.findById("no-such-network", Viewer.PUBLIC).isEmpty());
    }
}
