package org.thirdsectoratlas.contracts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.contracts.domain.Contract;
import org.thirdsectoratlas.contracts.domain.ContractRepository;
import org.thirdsectoratlas.contracts.domain.ContractSummary;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.UnknownIdException;

/** Read use cases over contracts (the Leeds research names none, so the seed has none). */
@ApplicationScoped
public class ContractDirectory {

    private ContractRepository repository;

    protected ContractDirectory() {
        // for CDI proxies
    }

    @Inject
    public ContractDirectory(ContractRepository repository) {
        this.repository = repository;
    }

    public Contract get(String id) {
        return repository.findById(id).orElseThrow(() -> new UnknownIdException("contract", id));
    }

    public Page<ContractSummary> list(String commissioner, PageRequest request) {
        return repository.list(commissioner, request);
    }
}
