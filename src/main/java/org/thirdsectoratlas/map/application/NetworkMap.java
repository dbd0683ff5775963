package org.thirdsectoratlas.map.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.map.domain.MapFilter;
import org.thirdsectoratlas.map.domain.MapFilterOptions;
import org.thirdsectoratlas.map.domain.MapGraph;
import org.thirdsectoratlas.map.domain.NetworkMapRepository;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * Use case: what the network map shows. A national graph has far more nodes than a person can read, so the
 * map starts from the best-connected few hundred (or a focused neighbourhood) and grows on demand.
 */
@ApplicationScoped
public class NetworkMap {

    public static final int OVERVIEW_LIMIT = 250;
    public static final int NEIGHBOURHOOD_LIMIT = 100;

    private NetworkMapRepository repository;

    protected NetworkMap() {
        // for CDI proxies
    }

    @Inject
    public NetworkMap(NetworkMapRepository repository) {
        this.repository = repository;
    }

    public MapGraph overview(MapFilter filter, Viewer viewer) {
        return repository.overview(filter, OVERVIEW_LIMIT, viewer);
    }

    public MapGraph neighbourhood(String id, MapFilter filter, Viewer viewer) {
        return repository.neighbourhood(id, filter, NEIGHBOURHOOD_LIMIT, viewer);
    }

    public MapFilterOptions filterOptions() {
        return repository.filterOptions();
    }
}
