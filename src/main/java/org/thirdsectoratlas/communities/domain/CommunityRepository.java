package org.thirdsectoratlas.communities.domain;

import org.thirdsectoratlas.shared.domain.DirectoryRepository;

/** Communities by name; the filter, when true, keeps only the research survey's categories. */
public interface CommunityRepository extends DirectoryRepository<Community, CommunitySummary, Boolean> {
}
