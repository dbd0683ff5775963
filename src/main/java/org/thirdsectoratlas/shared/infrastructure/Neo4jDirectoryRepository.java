package org.thirdsectoratlas.shared.infrastructure;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.DirectoryRepository;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * What every Neo4j directory repository shares: the graph, finding one item with a query that takes $id and
 * returns at most one row, and listing a page with the feature's {@link ListQuery}. Each feature gives its queries,
 * how a row becomes an item or a line of the list, and the parameters its filter sets.
 */
public abstract class Neo4jDirectoryRepository<T, S, F> implements DirectoryRepository<T, S, F> {

    private final Graph graph;
    private final String findById;
    private final Function<Record, T> toItem;
    private final ListQuery listQuery;
    private final Function<Record, S> toSummary;

    protected Neo4jDirectoryRepository(Graph graph, String findById, Function<Record, T> toItem, ListQuery listQuery,
                                       Function<Record, S> toSummary) {
        this.graph = graph;
        this.findById = findById;
        this.toItem = toItem;
        this.listQuery = listQuery;
        this.toSummary = toSummary;
    }

    /** The find query reads $viewer (VisibilityRule) as well as $id. */
    @Override
    public Optional<T> findById(String id, Viewer viewer) {
        return GraphRows.one(graph, findById, VisibilityRule.with(Map.of("id", id), viewer), toItem);
    }

    @Override
    public Page<S> list(F filter, PageRequest request, Viewer viewer) {
        return listQuery.run(graph, words(filter), params(filter), request, viewer, toSummary);
    }

    /** The list query's parameters for the filter (ListQuery.params: a null value does not filter). */
    protected abstract Map<String, Object> params(F filter);

    /** The words a full-text list searches for; none unless the feature's filter has them. */
    protected String words(F filter) {
        return null;
    }

    protected Graph graph() {
        return graph;
    }
}
