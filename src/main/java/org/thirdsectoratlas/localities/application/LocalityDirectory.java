package org.thirdsectoratlas.localities.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.localities.domain.Locality;
import org.thirdsectoratlas.localities.domain.LocalityKind;
import org.thirdsectoratlas.localities.domain.LocalityRepository;
import org.thirdsectoratlas.localities.domain.LocalitySummary;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.UnknownIdException;

/** Read use cases over localities. */
@ApplicationScoped
public class LocalityDirectory {

    private LocalityRepository repository;

    protected LocalityDirectory() {
        // for CDI proxies
    }

    @Inject
    public LocalityDirectory(LocalityRepository repository) {
        this.repository = repository;
    }

    public Locality get(String id) {
        return repository.findById(id).orElseThrow(() -> new UnknownIdException("locality", id));
    }

    public Page<LocalitySummary> list(LocalityKind kind, PageRequest request) {
        return repository.list(kind, request);
    }
}
