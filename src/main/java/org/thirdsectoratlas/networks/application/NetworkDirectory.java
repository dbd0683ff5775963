package org.thirdsectoratlas.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.networks.domain.Network;
import org.thirdsectoratlas.networks.domain.NetworkFilter;
import org.thirdsectoratlas.networks.domain.NetworkRepository;
import org.thirdsectoratlas.networks.domain.NetworkSummary;
import org.thirdsectoratlas.shared.application.Directory;

/** Read use cases over networks. */
@ApplicationScoped
public class NetworkDirectory extends Directory<Network, NetworkSummary, NetworkFilter> {

    protected NetworkDirectory() {
        super(null, null); // for CDI proxies
    }

    @Inject
    public NetworkDirectory(NetworkRepository repository) {
        super("network", repository);
    }
}
