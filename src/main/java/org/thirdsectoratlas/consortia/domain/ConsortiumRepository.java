package org.thirdsectoratlas.consortia.domain;

import org.thirdsectoratlas.shared.domain.DirectoryRepository;

public interface ConsortiumRepository extends DirectoryRepository<Consortium, ConsortiumSummary, ConsortiumFilter> {
}
