package org.xtoolscrm.web.contract;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.xtoolscrm.contract.ContractService;
import org.xtoolscrm.web.customer.CustomerView;

/** Backs the customer's contracts tab (customer/tab/contracts.xhtml). */
@Named
@ViewScoped
public class CustomerContractsView implements Serializable {

    @Inject
    private CustomerView view;

    @EJB
    private ContractService contracts;

    private ContractLazyModel model;

    public ContractLazyModel getModel() {
        if (model == null) {
            model = new ContractLazyModel(contracts, view.getCustomerId());
        }
        return model;
    }
}
