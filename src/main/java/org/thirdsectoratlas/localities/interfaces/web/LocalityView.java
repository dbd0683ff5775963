package org.thirdsectoratlas.localities.interfaces.web;


import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.insights.application.CommissionerInsights;
import org.thirdsectoratlas.insights.interfaces.web.CoverageLines;
import org.thirdsectoratlas.localities.application.LocalityDirectory;
import org.thirdsectoratlas.localities.domain.Locality;
import org.thirdsectoratlas.shared.interfaces.web.DirectoryItemView;

/**
 * One place's page: locality.xhtml?id=leeds, with the places around and within it, who works there and its
 * column of the coverage matrix. What the public may see (Viewer.PUBLIC).
 */
@Named
@ViewScoped
public class LocalityView extends DirectoryItemView<Locality> {

    private static final long serialVersionUID = 1L;

    private CommissionerInsights insights;
    private CoverageLines coverage = CoverageLines.NONE;

    protected LocalityView() {
        // for CDI proxies
    }

    @Inject
    public LocalityView(LocalityDirectory directory, CommissionerInsights insights) {
        super(directory);
        this.insights = insights;
    }

    @Override
    protected void readBeside(String id, Locality locality) {
        coverage = CoverageLines.of(insights.coverage(null, id));
    }

    public Locality getLocality() {
        return item();
    }

    public CoverageLines getCoverage() {
        return coverage;
    }
}
