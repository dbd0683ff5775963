package org.thirdsectoratlas.programmes.domain;

import org.thirdsectoratlas.shared.domain.DirectoryRepository;

public interface ProgrammeRepository extends DirectoryRepository<Programme, ProgrammeSummary, ProgrammeFilter> {
}
