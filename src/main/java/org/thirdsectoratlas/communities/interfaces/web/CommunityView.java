package org.thirdsectoratlas.communities.interfaces.web;


import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.communities.application.CommunityDirectory;
import org.thirdsectoratlas.communities.domain.Community;
import org.thirdsectoratlas.insights.application.CommissionerInsights;
import org.thirdsectoratlas.insights.interfaces.web.CoverageLines;
import org.thirdsectoratlas.shared.interfaces.web.DirectoryItemView;

/**
 * One community's page: community.xhtml?id=sex-workers, with the organisations and networks supporting it,
 * the survey's figures and its row of the coverage matrix. What the public may see (Viewer.PUBLIC).
 */
@Named
@ViewScoped
public class CommunityView extends DirectoryItemView<Community> {

    private static final long serialVersionUID = 1L;

    private CommissionerInsights insights;
    private CoverageLines coverage = CoverageLines.NONE;

    protected CommunityView() {
        // for CDI proxies
    }

    @Inject
    public CommunityView(CommunityDirectory directory, CommissionerInsights insights) {
        super(directory);
        this.insights = insights;
    }

    @Override
    protected void readBeside(String id, Community community) {
        coverage = CoverageLines.of(insights.coverage(id, null));
    }

    public Community getCommunity() {
        return item();
    }

    public CoverageLines getCoverage() {
        return coverage;
    }
}
