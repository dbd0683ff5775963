package org.thirdsectoratlas.resources.domain;

import org.thirdsectoratlas.shared.domain.DirectoryRepository;

/** Resources by name; the filter is a resource kind (null = all). */
public interface ResourceRepository extends DirectoryRepository<Resource, ResourceSummary, ResourceKind> {
}
