package org.thirdsectoratlas.networks.domain;

import org.thirdsectoratlas.shared.domain.DirectoryRepository;

public interface NetworkRepository extends DirectoryRepository<Network, NetworkSummary, NetworkFilter> {
}
