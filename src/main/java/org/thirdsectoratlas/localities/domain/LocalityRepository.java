package org.thirdsectoratlas.localities.domain;

import java.util.Optional;

import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;

public interface LocalityRepository {

    Optional<Locality> findById(String id);

    /** Localities by name, optionally of one kind (null = all). */
    Page<LocalitySummary> list(LocalityKind kind, PageRequest request);
}
