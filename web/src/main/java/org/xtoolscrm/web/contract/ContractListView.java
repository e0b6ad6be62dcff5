package org.xtoolscrm.web.contract;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.contract.ContractFilter;
import org.xtoolscrm.contract.ContractService;
import org.xtoolscrm.contract.ContractStatus;
import org.xtoolscrm.web.opportunity.OwnerChoices;

/**
 * Backs contract/list.xhtml: the contracts the user may see, filtered by status, owner,
 * signing dates and a search over the number, the title and the customer's name.
 */
@Named
@ViewScoped
public class ContractListView implements Serializable {

    @EJB
    private ContractService contracts;

    @EJB
    private AccountService accounts;

    @EJB
    private AccessService access;

    private ContractLazyModel model;
    private OwnerChoices ownerChoices;
    private String owner = OwnerChoices.VISIBLE;
    private ContractStatus status;
    private LocalDate signedFrom;
    private LocalDate signedTo;
    private String search;

    @PostConstruct
    void init() {
        model = new ContractLazyModel(contracts, null);
        ownerChoices = OwnerChoices.of(access.currentUser(), accounts.assignableOwners());
    }

    /** Applies the filters to the list; the page calls it after each change and on the first load. */
    public void apply() {
        model.setFilter(new ContractFilter(status, ownerChoices.filterOf(owner), signedFrom, signedTo,
                search == null || search.isBlank() ? null : search.strip(), null));
    }

    public ContractLazyModel getModel() {
        return model;
    }

    public OwnerChoices getOwnerChoices() {
        return ownerChoices;
    }

    public ContractStatus[] getStatuses() {
        return ContractStatus.values();
    }

    public ContractStatus getStatus() {
        return status;
    }

    public void setStatus(ContractStatus status) {
        this.status = status;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getSignedFrom() {
        return signedFrom;
    }

    public void setSignedFrom(LocalDate signedFrom) {
        this.signedFrom = signedFrom;
    }

    public LocalDate getSignedTo() {
        return signedTo;
    }

    public void setSignedTo(LocalDate signedTo) {
        this.signedTo = signedTo;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
