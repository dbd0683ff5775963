package org.thirdsectoratlas.shared.infrastructure;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.DirectoryRepository;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * What every Neo4j directory repository shares: the graph, and finding one item with a query that takes
 * $id and returns at most one row. Subclasses add their list query.
 */
public abstract class Neo4jDirectoryRepository<T, S, F> implements DirectoryRepository<T, S, F> {

    private final Graph graph;
    private final String findById;
    private final Function<Record, T> toItem;

    protected Neo4jDirectoryRepository(Graph graph, String findById, Function<Record, T> toItem) {
        this.graph = graph;
        this.findById = findById;
        this.toItem = toItem;
    }

    /** The find query reads $viewer (VisibilityRule) as well as $id. */
    @Override
    public Optional<T> findById(String id, Viewer viewer) {
        return GraphRows.one(graph, findById, VisibilityRule.with(Map.of("id", id), viewer), toItem);
    }

    protected Graph graph() {
        return graph;
    }
}
