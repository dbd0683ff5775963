package org.thirdsectoratlas.contracts.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.contracts.application.ContractDirectory;
import org.thirdsectoratlas.contracts.domain.Contract;
import org.thirdsectoratlas.shared.interfaces.web.DirectoryItemView;

/**
 * One contract's page: contract.xhtml?id=…, who let it and who delivers it. The Leeds research names no
 * contract, so contracts come from commissioners and members recording them (create-group.xhtml, the API).
 */
@Named
@ViewScoped
public class ContractView extends DirectoryItemView<Contract> {

    private static final long serialVersionUID = 1L;


    protected ContractView() {
        // for CDI proxies
    }

    @Inject
    public ContractView(ContractDirectory directory) {
        super(directory);
    }

    public Contract getContract() {
        return item();
    }

    /** The page a delivering party links to: a consortium's or an organisation's. */
    public String pageOf(String kind) {
        return "Consortium".equals(kind) ? "consortium.xhtml" : "organisation.xhtml";
    }
}
