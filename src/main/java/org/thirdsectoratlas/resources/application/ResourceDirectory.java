package org.thirdsectoratlas.resources.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.resources.domain.Resource;
import org.thirdsectoratlas.resources.domain.ResourceKind;
import org.thirdsectoratlas.resources.domain.ResourceRepository;
import org.thirdsectoratlas.resources.domain.ResourceSummary;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.UnknownIdException;

/** Read use cases over shared resources. */
@ApplicationScoped
public class ResourceDirectory {

    private ResourceRepository repository;

    protected ResourceDirectory() {
        // for CDI proxies
    }

    @Inject
    public ResourceDirectory(ResourceRepository repository) {
        this.repository = repository;
    }

    public Resource get(String id) {
        return repository.findById(id).orElseThrow(() -> new UnknownIdException("resource", id));
    }

    public Page<ResourceSummary> list(ResourceKind kind, PageRequest request) {
        return repository.list(kind, request);
    }
}
