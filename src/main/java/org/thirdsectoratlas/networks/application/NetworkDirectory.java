package org.thirdsectoratlas.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.networks.domain.Network;
import org.thirdsectoratlas.networks.domain.NetworkFilter;
import org.thirdsectoratlas.networks.domain.NetworkRepository;
import org.thirdsectoratlas.networks.domain.NetworkSummary;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.UnknownIdException;

/** Read use cases over networks. */
@ApplicationScoped
public class NetworkDirectory {

    private NetworkRepository repository;

    protected NetworkDirectory() {
        // for CDI proxies
    }

    @Inject
    public NetworkDirectory(NetworkRepository repository) {
        this.repository = repository;
    }

    public Network get(String id) {
        return repository.findById(id).orElseThrow(() -> new UnknownIdException("network", id));
    }

    public Page<NetworkSummary> list(NetworkFilter filter, PageRequest request) {
        return repository.list(filter, request);
    }
}
