package org.thirdsectoratlas.contracts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.contracts.domain.Contract;
import org.thirdsectoratlas.contracts.domain.ContractRepository;
import org.thirdsectoratlas.contracts.domain.ContractSummary;
import org.thirdsectoratlas.shared.application.Directory;

/** Read use cases over contracts (the Leeds research names none); the filter is a commissioner id. */
@ApplicationScoped
public class ContractDirectory extends Directory<Contract, ContractSummary, String> {

    protected ContractDirectory() {
        super(null, null); // for CDI proxies
    }

    @Inject
    public ContractDirectory(ContractRepository repository) {
        super("contract", repository);
    }
}
