package org.thirdsectoratlas.networks.interfaces.web;


import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.insights.application.CommissionerInsights;
import org.thirdsectoratlas.insights.interfaces.web.CoverageLines;
import org.thirdsectoratlas.networks.application.NetworkDirectory;
import org.thirdsectoratlas.networks.domain.Network;
import org.thirdsectoratlas.shared.interfaces.web.DirectoryItemView;

/**
 * One network's page: network.xhtml?id=leeds-solidarity-network. What the public may see (Viewer.PUBLIC),
 * like the organisation page; the coverage comes from the precomputed matrix, itself public facts only.
 */
@Named
@ViewScoped
public class NetworkView extends DirectoryItemView<Network> {

    private static final long serialVersionUID = 1L;

    private CommissionerInsights insights;
    private CoverageLines coverage = CoverageLines.NONE;

    protected NetworkView() {
        // for CDI proxies
    }

    @Inject
    public NetworkView(NetworkDirectory directory, CommissionerInsights insights) {
        super(directory);
        this.insights = insights;
    }

    @Override
    protected void readBeside(String id, Network network) {
        coverage = CoverageLines.ofGroup(insights.coverage(null, null), id, network.members());
    }

    public Network getNetwork() {
        return item();
    }

    public CoverageLines getCoverage() {
        return coverage;
    }
}
