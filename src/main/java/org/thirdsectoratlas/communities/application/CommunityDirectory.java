package org.thirdsectoratlas.communities.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.communities.domain.Community;
import org.thirdsectoratlas.communities.domain.CommunityRepository;
import org.thirdsectoratlas.communities.domain.CommunitySummary;
import org.thirdsectoratlas.shared.application.Directory;

/** Read use cases over communities; the filter is "survey categories only". */
@ApplicationScoped
public class CommunityDirectory extends Directory<Community, CommunitySummary, Boolean> {

    protected CommunityDirectory() {
        super(null, null); // for CDI proxies
    }

    @Inject
    public CommunityDirectory(CommunityRepository repository) {
        super("community", repository);
    }
}
