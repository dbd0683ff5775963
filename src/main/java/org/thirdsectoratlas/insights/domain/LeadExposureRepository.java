package org.thirdsectoratlas.insights.domain;

import java.util.List;

import org.thirdsectoratlas.shared.domain.Viewer;

public interface LeadExposureRepository {

    /** Lead partners with what depends on them, and the key risks whose evidence key is one of {@code riskEvidence}. */
    LeadExposure compute(List<String> riskEvidence, Viewer viewer);
}
