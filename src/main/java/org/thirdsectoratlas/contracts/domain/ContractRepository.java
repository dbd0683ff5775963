package org.thirdsectoratlas.contracts.domain;

import org.thirdsectoratlas.shared.domain.DirectoryRepository;

/** Contracts by name; the filter is the id of the commissioner that let them (null = all). */
public interface ContractRepository extends DirectoryRepository<Contract, ContractSummary, String> {
}
