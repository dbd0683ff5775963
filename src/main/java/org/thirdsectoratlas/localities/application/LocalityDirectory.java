package org.thirdsectoratlas.localities.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.localities.domain.Locality;
import org.thirdsectoratlas.localities.domain.LocalityKind;
import org.thirdsectoratlas.localities.domain.LocalityRepository;
import org.thirdsectoratlas.localities.domain.LocalitySummary;
import org.thirdsectoratlas.shared.application.Directory;

/** Read use cases over localities; the filter is a locality kind. */
@ApplicationScoped
public class LocalityDirectory extends Directory<Locality, LocalitySummary, LocalityKind> {

    protected LocalityDirectory() {
        super(null, null); // for CDI proxies
    }

    @Inject
    public LocalityDirectory(LocalityRepository repository) {
        super("locality", repository);
    }
}
