package org.thirdsectoratlas.consortia.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.consortia.domain.Consortium;
import org.thirdsectoratlas.consortia.domain.ConsortiumFilter;
import org.thirdsectoratlas.consortia.domain.ConsortiumRepository;
import org.thirdsectoratlas.consortia.domain.ConsortiumSummary;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.UnknownIdException;

/** Read use cases over consortia. */
@ApplicationScoped
public class ConsortiumDirectory {

    private ConsortiumRepository repository;

    protected ConsortiumDirectory() {
        // for CDI proxies
    }

    @Inject
    public ConsortiumDirectory(ConsortiumRepository repository) {
        this.repository = repository;
    }

    public Consortium get(String id) {
        return repository.findById(id).orElseThrow(() -> new UnknownIdException("consortium", id));
    }

    public Page<ConsortiumSummary> list(ConsortiumFilter filter, PageRequest request) {
        return repository.list(filter, request);
    }
}
