package org.thirdsectoratlas.contracts.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.contracts.application.ContractDirectory;
import org.thirdsectoratlas.contracts.domain.Contract;
import org.thirdsectoratlas.platform.web.IdView;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * One contract's page: contract.xhtml?id=…, who let it and who delivers it. The Leeds research names no
 * contract, so contracts come from commissioners and members recording them (create-group.xhtml, the API).
 */
@Named
@ViewScoped
public class ContractView extends IdView {

    private static final long serialVersionUID = 1L;

    private ContractDirectory directory;
    private Contract contract;

    protected ContractView() {
        // for CDI proxies
    }

    @Inject
    public ContractView(ContractDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void read(String id) {
        contract = directory.get(id, Viewer.PUBLIC);
    }

    public Contract getContract() {
        return contract;
    }

    /** The page a delivering party links to: a consortium's or an organisation's. */
    public String pageOf(String kind) {
        return "Consortium".equals(kind) ? "consortium.xhtml" : "organisation.xhtml";
    }
}
