package org.thirdsectoratlas.networks.domain;

import java.util.Optional;

import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;

public interface NetworkRepository {

    Optional<Network> findById(String id);

    Page<NetworkSummary> list(NetworkFilter filter, PageRequest request);
}
