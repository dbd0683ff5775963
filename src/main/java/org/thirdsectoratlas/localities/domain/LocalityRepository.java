package org.thirdsectoratlas.localities.domain;

import org.thirdsectoratlas.shared.domain.DirectoryRepository;

/** Localities by name; the filter is a locality kind (null = all). */
public interface LocalityRepository extends DirectoryRepository<Locality, LocalitySummary, LocalityKind> {
}
