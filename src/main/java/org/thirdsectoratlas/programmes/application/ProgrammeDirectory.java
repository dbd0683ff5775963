package org.thirdsectoratlas.programmes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.programmes.domain.Programme;
import org.thirdsectoratlas.programmes.domain.ProgrammeFilter;
import org.thirdsectoratlas.programmes.domain.ProgrammeRepository;
import org.thirdsectoratlas.programmes.domain.ProgrammeSummary;
import org.thirdsectoratlas.shared.application.Directory;

/** Read use cases over programmes. */
@ApplicationScoped
public class ProgrammeDirectory extends Directory<Programme, ProgrammeSummary, ProgrammeFilter> {

    protected ProgrammeDirectory() {
        super(null, null); // for CDI proxies
    }

    @Inject
    public ProgrammeDirectory(ProgrammeRepository repository) {
        super("programme", repository);
    }
}
