package org.thirdsectoratlas.insights.interfaces.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.insights.application.CommissionerInsights;
import org.thirdsectoratlas.insights.domain.Count;
import org.thirdsectoratlas.insights.domain.Summary;
import org.thirdsectoratlas.platform.web.Words;

/** The graph in numbers against the research: formality mix and communities served, as charts and tables. */
@Named
@ViewScoped
public class SummaryView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The other kinds in words, one and many. */
    private static final Map<String, List<String>> OTHER_KIND_WORDS = Map.of(
            "STATUTORY_BODY", List.of("statutory body", "statutory bodies"), "FUNDER", List.of("funder", "funders"),
            "RESEARCH_BODY", List.of("research body", "research bodies"),
            "UNSTATED", List.of("organisation of no stated kind", "organisations of no stated kind"));

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

    /** Every organisation mapped, of any kind (the directory's count), beside the third-sector figure. */
    public long getAllOrganisations() {
        return summary.organisationsByKind().stream().mapToLong(Count::count).sum();
    }

    /**
     * Why the third-sector figure is smaller than the directory: the organisations of the other kinds, in words
     * ("5 statutory bodies / commissioners and 3 funders"), or "" when there are none.
     */
    public String getNotCounted() {
        List<String> parts = summary.organisationsByKind().stream()
                .filter(c -> !Summary.THIRD_SECTOR_KINDS.contains(c.key()) && c.count() > 0)
                .map(c -> c.count() + " " + OTHER_KIND_WORDS.getOrDefault(c.key(), List.of(Words.text(c.key()),
                        Words.text(c.key()))).get(c.count() == 1 ? 0 : 1))
                .toList();
        return parts.isEmpty() ? "" : parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
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
