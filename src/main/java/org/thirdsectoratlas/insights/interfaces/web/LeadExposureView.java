package org.thirdsectoratlas.insights.interfaces.web;

import java.io.Serializable;
import java.time.Instant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.insights.application.CommissionerInsights;
import org.thirdsectoratlas.insights.domain.LeadExposure;

/** Lead partners and what depends on them, with the research's risks for leads. */
@Named
@ViewScoped
public class LeadExposureView implements Serializable {

    private static final long serialVersionUID = 1L;

    private CommissionerInsights insights;
    private LeadExposure exposure;
    private Instant computedAt;

    protected LeadExposureView() {
        // for CDI proxies
    }

    @Inject
    public LeadExposureView(CommissionerInsights insights) {
        this.insights = insights;
    }

    /** Called on each GET (f:viewAction), so a bookmarked page shows the latest snapshot. */
    public void load() {
        var snapshot = insights.leadExposure();
        exposure = snapshot.insight();
        computedAt = snapshot.computedAt();
    }

    public LeadExposure getExposure() {
        return exposure;
    }

    public Instant getComputedAt() {
        return computedAt;
    }
}
