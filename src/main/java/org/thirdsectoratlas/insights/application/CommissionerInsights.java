package org.thirdsectoratlas.insights.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.insights.domain.CollaborationRepository;
import org.thirdsectoratlas.insights.domain.Collaborations;
import org.thirdsectoratlas.insights.domain.CoverageIndex;
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
    private volatile CoverageIndex coverageIndex;

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
        if (!knows(indexOf(snapshot.insight()), community, locality)) {
            // Perhaps added since the last computation: look once more before answering 404.
            snapshot = snapshots.recomputeCoverage();
        }
        CoverageIndex index = indexOf(snapshot.insight());
        if (community != null && !index.hasCommunity(community)) {
            throw new UnknownIdException("community", community);
        }
        if (locality != null && !index.hasLocality(locality)) {
            throw new UnknownIdException("locality", locality);
        }
        return snapshot.with(CoverageReport.of(index.filter(community, locality)));
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

    private static boolean knows(CoverageIndex index, String community, String locality) {
        return (community == null || index.hasCommunity(community))
                && (locality == null || index.hasLocality(locality));
    }

    /** The index of this snapshot's matrix, built once per snapshot (a race builds it twice, harmlessly). */
    private CoverageIndex indexOf(CoverageMatrix matrix) {
        CoverageIndex index = coverageIndex;
        if (index == null || !index.indexes(matrix)) {
            index = new CoverageIndex(matrix);
            coverageIndex = index;
        }
        return index;
    }
}
