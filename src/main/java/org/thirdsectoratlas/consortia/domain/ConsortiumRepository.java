package org.thirdsectoratlas.consortia.domain;

import java.util.Optional;

import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;

public interface ConsortiumRepository {

    Optional<Consortium> findById(String id);

    Page<ConsortiumSummary> list(ConsortiumFilter filter, PageRequest request);
}
