package org.thirdsectoratlas.communities.domain;

import java.util.Optional;

import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;

public interface CommunityRepository {

    Optional<Community> findById(String id);

    /** Communities by name; surveyOnly keeps the research survey's categories. */
    Page<CommunitySummary> list(boolean surveyOnly, PageRequest request);
}
