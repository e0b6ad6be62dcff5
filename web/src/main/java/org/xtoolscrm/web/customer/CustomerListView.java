package org.xtoolscrm.web.customer;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.customer.CustomerStatus;
import org.xtoolscrm.customer.CustomerType;
import org.xtoolscrm.web.OwnerOption;

/** Backs customer/list.xhtml. */
@Named
@ViewScoped
public class CustomerListView implements Serializable {

    @EJB
    private CustomerService customers;

    @EJB
    private AccountService accounts;

    private CustomerLazyModel model;
    private List<OwnerOption> owners;

    @PostConstruct
    void init() {
        model = new CustomerLazyModel(customers);
        owners = accounts.assignableOwners().stream().map(OwnerOption::of).toList();
    }

    public String getSearch() {
        return model.getSearch();
    }

    public void setSearch(String search) {
        model.setSearch(search == null || search.isBlank() ? null : search.strip());
    }

    public CustomerLazyModel getModel() {
        return model;
    }

    public CustomerStatus[] getStatuses() {
        return CustomerStatus.values();
    }

    public CustomerType[] getTypes() {
        return CustomerType.values();
    }

    /** Returns the owners the caller may filter by: the accounts in their scope. */
    public List<OwnerOption> getOwners() {
        return owners;
    }

    /** A salesperson sees only their own customers, so an owner filter would be noise. */
    public boolean isOwnerFilterShown() {
        return owners.size() > 1;
    }
}
