package org.thirdsectoratlas.consortia.domain;

import java.util.List;

import org.thirdsectoratlas.shared.domain.DirectoryRepository;

public interface ConsortiumRepository extends DirectoryRepository<Consortium, ConsortiumSummary, ConsortiumFilter> {

    /** The research's consortium structures with its description of each, most common first. */
    List<Consortium.Structure> structures();
}
