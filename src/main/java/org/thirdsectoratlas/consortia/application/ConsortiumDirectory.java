package org.thirdsectoratlas.consortia.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.consortia.domain.Consortium;
import org.thirdsectoratlas.consortia.domain.ConsortiumFilter;
import org.thirdsectoratlas.consortia.domain.ConsortiumRepository;
import org.thirdsectoratlas.consortia.domain.ConsortiumSummary;
import org.thirdsectoratlas.shared.application.Directory;

/** Read use cases over consortia. */
@ApplicationScoped
public class ConsortiumDirectory extends Directory<Consortium, ConsortiumSummary, ConsortiumFilter> {

    private ConsortiumRepository repository;

    protected ConsortiumDirectory() {
        super(null, null); // for CDI proxies
    }

    @Inject
    public ConsortiumDirectory(ConsortiumRepository repository) {
        super("consortium", repository);
        this.repository = repository;
    }

    /** The research's three structures, so a page can say what each means (and which one applies). */
    public List<Consortium.Structure> structures() {
        return repository.structures();
    }
}
