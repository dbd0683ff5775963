package org.thirdsectoratlas.resources.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.resources.domain.Resource;
import org.thirdsectoratlas.resources.domain.ResourceKind;
import org.thirdsectoratlas.resources.domain.ResourceRepository;
import org.thirdsectoratlas.resources.domain.ResourceSummary;
import org.thirdsectoratlas.shared.application.Directory;

/** Read use cases over shared resources; the filter is a resource kind. */
@ApplicationScoped
public class ResourceDirectory extends Directory<Resource, ResourceSummary, ResourceKind> {

    protected ResourceDirectory() {
        super(null, null); // for CDI proxies
    }

    @Inject
    public ResourceDirectory(ResourceRepository repository) {
        super("resource", repository);
    }
}
