package org.thirdsectoratlas.insights.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.insights.domain.CollaborationRepository;
import org.thirdsectoratlas.insights.domain.Collaborations;
import org.thirdsectoratlas.insights.domain.CoverageMatrix;
import org.thirdsectoratlas.insights.domain.CoverageReport;
import org.thirdsectoratlas.insights.domain.LeadExposure;
import org.thirdsectoratlas.insights.domain.Summary;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;

/** The commissioner questions: who covers what, who works together, who carries the lead's risk. */
@ApplicationScoped
public class CommissionerInsights {

    private InsightSnapshots snapshots;
    private CollaborationRepository collaborations;

    protected CommissionerInsights() {
        // for CDI proxies
    }

    @Inject
    public CommissionerInsights(InsightSnapshots snapshots, CollaborationRepository collaborations) {
        this.snapshots = snapshots;
        this.collaborations = collaborations;
    }

    /** The matrix, or the part for one community and/or locality (null = all). */
    public Snapshot<CoverageReport> coverage(String community, String locality) {
        Snapshot<CoverageMatrix> snapshot = snapshots.coverage();
        if (!knows(snapshot.insight(), community, locality)) {
            // Perhaps added since the last computation: look once more before answering 404.
            snapshot = snapshots.recomputeCoverage();
        }
        CoverageMatrix matrix = snapshot.insight();
        if (community != null && !matrix.hasCommunity(community)) {
            throw new UnknownIdException("community", community);
        }
        if (locality != null && !matrix.hasLocality(locality)) {
            throw new UnknownIdException("locality", locality);
        }
        return snapshot.with(CoverageReport.of(matrix.filter(community, locality)));
    }

    public Snapshot<Summary> summary() {
        return snapshots.summary();
    }

    public Snapshot<LeadExposure> leadExposure() {
        return snapshots.leadExposure();
    }

    /** Live, not precomputed: it reads only around the asked community or locality, as the viewer may see it. */
    public Collaborations collaborations(String community, String locality, Viewer viewer) {
        return collaborations.find(community, locality, viewer);
    }

    private static boolean knows(CoverageMatrix matrix, String community, String locality) {
        return (community == null || matrix.hasCommunity(community))
                && (locality == null || matrix.hasLocality(locality));
    }
}
