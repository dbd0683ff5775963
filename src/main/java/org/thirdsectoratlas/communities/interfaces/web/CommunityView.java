package org.thirdsectoratlas.communities.interfaces.web;


import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.communities.application.CommunityDirectory;
import org.thirdsectoratlas.communities.domain.Community;
import org.thirdsectoratlas.insights.application.CommissionerInsights;
import org.thirdsectoratlas.insights.interfaces.web.CoverageLines;
import org.thirdsectoratlas.platform.web.IdView;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * One community's page: community.xhtml?id=sex-workers, with the organisations and networks supporting it,
 * the survey's figures and its row of the coverage matrix. What the public may see (Viewer.PUBLIC).
 */
@Named
@ViewScoped
public class CommunityView extends IdView {

    private static final long serialVersionUID = 1L;

    private CommunityDirectory directory;
    private CommissionerInsights insights;
    private Community community;
    private CoverageLines coverage = CoverageLines.NONE;

    protected CommunityView() {
        // for CDI proxies
    }

    @Inject
    public CommunityView(CommunityDirectory directory, CommissionerInsights insights) {
        this.directory = directory;
        this.insights = insights;
    }

    @Override
    protected void read(String id) {
        community = directory.get(id, Viewer.PUBLIC);
        coverage = CoverageLines.of(insights.coverage(id, null));
    }

    public Community getCommunity() {
        return community;
    }

    public CoverageLines getCoverage() {
        return coverage;
    }
}
