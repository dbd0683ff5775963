package org.thirdsectoratlas.insights.interfaces.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.insights.application.CommissionerInsights;
import org.thirdsectoratlas.insights.domain.CellGroup;
import org.thirdsectoratlas.insights.domain.CellKey;
import org.thirdsectoratlas.insights.domain.CoverageCell;
import org.thirdsectoratlas.insights.domain.CoverageReport;
import org.thirdsectoratlas.insights.domain.Ref;
import org.thirdsectoratlas.platform.web.PageMessages;
import org.thirdsectoratlas.platform.web.ViewParams;
import org.thirdsectoratlas.shared.domain.UnknownIdException;

/**
 * The coverage matrix page: community × locality, who covers each cell, and the empty cells. The
 * community and locality filters are view parameters, so a filtered matrix is a bookmarkable URL.
 */
@Named
@ViewScoped
public class CoverageView implements Serializable {

    private static final long serialVersionUID = 1L;

    private CommissionerInsights insights;

    private String community;
    private String locality;

    private CoverageReport report;
    private CoverageReport all;
    private Instant computedAt;
    private List<Row> rows = List.of();
    private Map<String, String> groupNames = Map.of();

    /** One community's line of the matrix. */
    public record Row(Ref community, List<Slot> slots) implements Serializable {
    }

    /** One cell of the matrix; {@code cell} is null when nobody covers it. */
    public record Slot(Ref locality, CoverageCell cell) implements Serializable {
    }

    protected CoverageView() {
        // for CDI proxies
    }

    @Inject
    public CoverageView(CommissionerInsights insights) {
        this.insights = insights;
    }

    /** Called once the view parameters are set (f:viewAction). */
    public void load() {
        all = insights.coverage(null, null).insight();
        if (!(PageMessages.validOptionalId("community", community)
                & PageMessages.validOptionalId("locality", locality))) {
            return;
        }
        try {
            var snapshot = insights.coverage(community, locality);
            report = snapshot.insight();
            computedAt = snapshot.computedAt();
            Map<CellKey, CoverageCell> cells = report.cells().stream().collect(Collectors.toMap(
                    c -> new CellKey(c.community(), c.locality()), Function.identity()));
            rows = report.communities().stream().map(c -> new Row(c, report.localities().stream()
                    .map(l -> new Slot(l, cells.get(new CellKey(c.id(), l.id())))).toList())).toList();
            groupNames = report.cells().stream().flatMap(c -> c.networks().stream())
                    .collect(Collectors.toMap(CellGroup::id, CellGroup::name, (a, b) -> a));
        } catch (UnknownIdException e) {
            PageMessages.notFound(e);
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    /** The name of a network an organisation's place comes through. */
    public String networkName(String id) {
        return groupNames.getOrDefault(id, id);
    }

    public CoverageReport getReport() {
        return report;
    }

    /** Every community, for the filter. */
    public List<Ref> getAllCommunities() {
        return all.communities();
    }

    /** Every locality, for the filter. */
    public List<Ref> getAllLocalities() {
        return all.localities();
    }

    public Instant getComputedAt() {
        return computedAt;
    }

    // view parameters
    public String getCommunity() { return community; }
    public void setCommunity(String community) { this.community = ViewParams.blankToNull(community); }
    public String getLocality() { return locality; }
    public void setLocality(String locality) { this.locality = ViewParams.blankToNull(locality); }
}
