package org.thirdsectoratlas.localities.interfaces.web;


import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.insights.application.CommissionerInsights;
import org.thirdsectoratlas.insights.interfaces.web.CoverageLines;
import org.thirdsectoratlas.localities.application.LocalityDirectory;
import org.thirdsectoratlas.localities.domain.Locality;
import org.thirdsectoratlas.platform.web.IdView;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * One place's page: locality.xhtml?id=leeds, with the places around and within it, who works there and its
 * column of the coverage matrix. What the public may see (Viewer.PUBLIC).
 */
@Named
@ViewScoped
public class LocalityView extends IdView {

    private static final long serialVersionUID = 1L;

    private LocalityDirectory directory;
    private CommissionerInsights insights;
    private Locality locality;
    private CoverageLines coverage = CoverageLines.NONE;

    protected LocalityView() {
        // for CDI proxies
    }

    @Inject
    public LocalityView(LocalityDirectory directory, CommissionerInsights insights) {
        this.directory = directory;
        this.insights = insights;
    }

    @Override
    protected void read(String id) {
        locality = directory.get(id, Viewer.PUBLIC);
        coverage = CoverageLines.of(insights.coverage(null, id));
    }

    public Locality getLocality() {
        return locality;
    }

    public CoverageLines getCoverage() {
        return coverage;
    }
}
