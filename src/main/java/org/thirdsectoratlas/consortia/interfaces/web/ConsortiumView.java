package org.thirdsectoratlas.consortia.interfaces.web;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.consortia.application.ConsortiumDirectory;
import org.thirdsectoratlas.consortia.domain.Consortium;
import org.thirdsectoratlas.consortia.readiness.application.ConsortiumReadinessCheck;
import org.thirdsectoratlas.consortia.readiness.domain.ConsortiumReadiness;
import org.thirdsectoratlas.consortia.readiness.interfaces.web.ReadinessView;
import org.thirdsectoratlas.insights.application.CommissionerInsights;
import org.thirdsectoratlas.insights.interfaces.web.CoverageLines;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.interfaces.web.DirectoryItemView;

/**
 * One consortium's page: consortium.xhtml?id=advonet-consortium, with its structure against the research's
 * three, its partners and lead, contracts, coverage and the research's readiness checklist (as readiness.xhtml
 * shows it). What the public may see (Viewer.PUBLIC), like the organisation page.
 */
@Named
@ViewScoped
public class ConsortiumView extends DirectoryItemView<Consortium> {

    private static final long serialVersionUID = 1L;

    private ConsortiumDirectory directory;
    private ConsortiumReadinessCheck readinessCheck;
    private CommissionerInsights insights;
    private List<Consortium.Structure> structures = List.of();
    private ConsortiumReadiness readiness;
    private List<ReadinessView.Group> readinessGroups = List.of();
    private CoverageLines coverage = CoverageLines.NONE;

    protected ConsortiumView() {
        // for CDI proxies
    }

    @Inject
    public ConsortiumView(ConsortiumDirectory directory, ConsortiumReadinessCheck readinessCheck,
                          CommissionerInsights insights) {
        super(directory);
        this.directory = directory;
        this.readinessCheck = readinessCheck;
        this.insights = insights;
    }

    @Override
    protected void readBeside(String id, Consortium consortium) {
        structures = directory.structures();
        readiness = readinessCheck.of(id, Viewer.PUBLIC);
        readinessGroups = ReadinessView.groups(readiness);
        coverage = CoverageLines.ofGroup(insights.coverage(null, null), id, consortium.partners());
    }

    /** Whether the structure is the one this consortium has. */
    public boolean isOwnStructure(Consortium.Structure structure) {
        Consortium consortium = item();
        return consortium != null && consortium.structure() != null
                && consortium.structure().id().equals(structure.id());
    }

    public Consortium getConsortium() {
        return item();
    }

    public List<Consortium.Structure> getStructures() {
        return structures;
    }

    public ConsortiumReadiness getReadiness() {
        return readiness;
    }

    public List<ReadinessView.Group> getReadinessGroups() {
        return readinessGroups;
    }

    public CoverageLines getCoverage() {
        return coverage;
    }
}
