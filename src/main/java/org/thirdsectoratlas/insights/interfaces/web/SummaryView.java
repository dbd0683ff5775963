package org.thirdsectoratlas.insights.interfaces.web;

import java.io.Serializable;
import java.time.Instant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.insights.application.CommissionerInsights;
import org.thirdsectoratlas.insights.domain.Summary;

/** The graph in numbers against the research: formality mix and communities served, as charts and tables. */
@Named
@ViewScoped
public class SummaryView implements Serializable {

    private static final long serialVersionUID = 1L;

    private CommissionerInsights insights;
    private Summary summary;
    private Instant computedAt;
    private String formalityChart;
    private String communitiesChart;

    protected SummaryView() {
        // for CDI proxies
    }

    @Inject
    public SummaryView(CommissionerInsights insights) {
        this.insights = insights;
    }

    /** Called on each GET (f:viewAction). */
    public void load() {
        var snapshot = insights.summary();
        summary = snapshot.insight();
        computedAt = snapshot.computedAt();
        formalityChart = SummaryCharts.formality(summary.formality());
        communitiesChart = SummaryCharts.communities(summary.communities());
    }

    public Summary getSummary() {
        return summary;
    }

    public Instant getComputedAt() {
        return computedAt;
    }

    public String getFormalityChart() {
        return formalityChart;
    }

    public String getCommunitiesChart() {
        return communitiesChart;
    }
}
