package org.thirdsectoratlas.consortia.readiness.application;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.consortia.readiness.domain.ConsortiumReadiness;
import org.thirdsectoratlas.consortia.readiness.domain.ReadinessAssessor;
import org.thirdsectoratlas.consortia.readiness.domain.ReadinessRepository;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;

/** Holds a consortium against the research's readiness checklist. */
@ApplicationScoped
public class ConsortiumReadinessCheck {

    private ReadinessRepository repository;
    private Clock clock = Clock.systemUTC();

    protected ConsortiumReadinessCheck() {
        // for CDI proxies
    }

    @Inject
    public ConsortiumReadinessCheck(ReadinessRepository repository) {
        this.repository = repository;
    }

    /** Held against what the viewer may see (privacy tiers). */
    public ConsortiumReadiness of(String consortiumId, Viewer viewer) {
        var facts = repository.facts(consortiumId, viewer).orElseThrow(() -> new UnknownIdException("consortium", consortiumId));
        return new ReadinessAssessor(LocalDate.now(clock)).assess(facts, repository.checklist());
    }
}
