package org.thirdsectoratlas.contracts.domain;

import java.util.Optional;

import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;

public interface ContractRepository {

    Optional<Contract> findById(String id);

    /** Contracts by name, optionally only those one commissioner let (null = all). */
    Page<ContractSummary> list(String commissioner, PageRequest request);
}
