package org.thirdsectoratlas.communities.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.communities.domain.Community;
import org.thirdsectoratlas.communities.domain.CommunityRepository;
import org.thirdsectoratlas.communities.domain.CommunitySummary;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.UnknownIdException;

/** Read use cases over communities. */
@ApplicationScoped
public class CommunityDirectory {

    private CommunityRepository repository;

    protected CommunityDirectory() {
        // for CDI proxies
    }

    @Inject
    public CommunityDirectory(CommunityRepository repository) {
        this.repository = repository;
    }

    public Community get(String id) {
        return repository.findById(id).orElseThrow(() -> new UnknownIdException("community", id));
    }

    public Page<CommunitySummary> list(boolean surveyOnly, PageRequest request) {
        return repository.list(surveyOnly, request);
    }
}
