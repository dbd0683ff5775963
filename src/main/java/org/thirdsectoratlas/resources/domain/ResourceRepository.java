package org.thirdsectoratlas.resources.domain;

import java.util.Optional;

import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;

public interface ResourceRepository {

    Optional<Resource> findById(String id);

    /** Resources by name, optionally of one kind (null = all). */
    Page<ResourceSummary> list(ResourceKind kind, PageRequest request);
}
