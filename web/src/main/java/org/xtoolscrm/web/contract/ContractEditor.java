package org.xtoolscrm.web.contract;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.primefaces.PrimeFaces;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.contract.Contract;
import org.xtoolscrm.contract.ContractForm;
import org.xtoolscrm.contract.ContractService;
import org.xtoolscrm.contract.ContractStatus;
import org.xtoolscrm.contract.InvalidContractException;
import org.xtoolscrm.contract.StaleContractException;
import org.xtoolscrm.customer.Customer;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.opportunity.OpportunityOutcome;
import org.xtoolscrm.opportunity.OpportunityRow;
import org.xtoolscrm.opportunity.OpportunityService;
import org.xtoolscrm.opportunity.OpportunitySortField;
import org.xtoolscrm.web.FieldMessages;
import org.xtoolscrm.web.OwnerOption;
import org.xtoolscrm.web.Texts;
import org.xtoolscrm.web.task.CustomerChoice;
import org.xtoolscrm.web.task.CustomerChoiceConverter;

/**
 * Backs the contract dialog (contract/dialog.xhtml) on the contract list, the customer's
 * contracts tab, the deal view and the contract view. A new contract opens its own page
 * once saved, where the payment plan is added.
 */
@Named
@ViewScoped
public class ContractEditor implements Serializable {

    private static final Logger LOG = Logger.getLogger(ContractEditor.class.getName());

    /** The id of the dialog's form; its field ids are the field names of the contract's problems. */
    static final String FORM_ID = "contractForm";

    @EJB
    private ContractService contracts;

    @EJB
    private CustomerService customers;

    @EJB
    private OpportunityService opportunities;

    @EJB
    private AccountService accounts;

    @EJB
    private AccessService access;

    private Long contractId;
    private int version;
    private ContractForm form = new ContractForm();
    private CustomerChoice customer;
    private boolean customerFixed;
    private List<OwnerOption> owners;
    private List<OpportunityRow> deals = List.of();
    private boolean stale;

    /**
     * Opens the dialog for a new executing contract owned by the caller and signed today.
     *
     * @param fixedCustomerId the customer of the tab the dialog opens on, or null on the list
     */
    public void startNew(Long fixedCustomerId) {
        reset();
        form.setOwnerId(access.currentUser().getId());
        form.setSignedOn(CompanyCalendar.current().today());
        form.setStatus(ContractStatus.EXECUTING);
        owners = OwnerOption.assignable(accounts.assignableOwners(), null);
        customerFixed = fixedCustomerId != null;
        if (customerFixed) {
            try {
                Customer found = customers.getVisible(fixedCustomerId);
                customer = new CustomerChoice(found.getId(), found.getName());
                loadDeals(null);
            } catch (RecordNotFoundException e) {
                Texts.error("contract.message.customerNotFound");
                FacesContext.getCurrentInstance().validationFailed();
            }
        }
    }

    /** Opens the dialog for a new contract filled from a deal: its customer, name, amount and currency. */
    public void startFromDeal(long opportunityId) {
        reset();
        try {
            form = contracts.draftFromDeal(opportunityId);
            var deal = opportunities.get(opportunityId);
            customer = new CustomerChoice(deal.getCustomer().getId(), deal.getCustomer().getName());
            customerFixed = true;
            owners = OwnerOption.assignable(accounts.assignableOwners(), deal.getOwner());
            loadDeals(opportunityId);
        } catch (RecordNotFoundException e) {
            Texts.error("opportunity.message.notFound");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Opens the dialog with a contract as it is now. Its customer stays as it is. */
    public void startEdit(long id) {
        reset();
        try {
            Contract contract = contracts.get(id);
            contractId = contract.getId();
            version = contract.getVersion();
            form = ContractForm.of(contract);
            customer = new CustomerChoice(contract.getCustomer().getId(), contract.getCustomer().getName());
            customerFixed = true;
            owners = OwnerOption.assignable(accounts.assignableOwners(), contract.getOwner());
            loadDeals(contract.getOpportunityId());
        } catch (RecordNotFoundException e) {
            LOG.fine(() -> "Contract " + id + " is gone or not visible");
            Texts.error("contract.message.notFound");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /**
     * Saves the dialog. A rejected form keeps the dialog open with the messages next to the
     * fields; a new contract then opens its page.
     */
    public void save() throws IOException {
        form.setCustomerId(customer == null ? null : customer.getId());
        try {
            if (contractId == null) {
                Contract created = contracts.create(form);
                Texts.flashInfo("contract.message.created", created.getNumber());
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                external.redirect(external.getRequestContextPath() + "/contract/view.xhtml?id=" + created.getId());
                return;
            }
            contracts.update(contractId, version, form);
            Texts.info("contract.message.saved");
            PrimeFaces.current().ajax().update(":messages");
        } catch (InvalidContractException e) {
            ContractErrors.show(FORM_ID, e);
        } catch (StaleContractException e) {
            stale = true;
            FieldMessages.error(FORM_ID, null, Texts.get("contract.message.stale"));
        } catch (RecordNotFoundException e) {
            LOG.fine(() -> "Contract dialog save failed: " + e.getMessage());
            FieldMessages.error(FORM_ID, null, Texts.get("contract.message.notFound"));
        }
    }

    /** Loads the contract as it is now after a stale save, dropping the user's changes. */
    public void reload() {
        if (contractId != null) {
            startEdit(contractId);
        }
    }

    /** Offers the deals of the chosen customer after the user picks one on the list page. */
    public void customerChosen() {
        form.setOpportunityId(null);
        loadDeals(null);
    }

    /** Offers the customer's won deals first, then the open ones and the one the contract names. */
    private void loadDeals(Long current) {
        if (customer == null) {
            deals = List.of();
            return;
        }
        List<OpportunityRow> offered = new ArrayList<>(opportunities.findForCustomer(customer.getId(),
                OpportunityOutcome.WON, OpportunitySortField.EXPECTED_SIGN_DATE, false, 0,
                OpportunityService.MAX_PAGE_SIZE));
        for (OpportunityRow deal : opportunities.choicesFor(customer.getId(), current)) {
            if (offered.stream().noneMatch(row -> row.id().equals(deal.id()))) {
                offered.add(deal);
            }
        }
        deals = offered;
    }

    private void reset() {
        contractId = null;
        version = 0;
        stale = false;
        form = new ContractForm();
        customer = null;
        customerFixed = false;
        deals = List.of();
    }

    /**
     * Returns the converter of the customer picker. The page reads it through an expression
     * on every request, so the view state keeps no converter instance.
     */
    public Converter<CustomerChoice> getCustomerConverter() {
        return new CustomerChoiceConverter(customers);
    }

    /** Suggests the visible customers whose names start with the typed text. */
    public List<CustomerChoice> completeCustomer(String text) {
        return CustomerChoice.suggest(customers, text);
    }

    public ContractStatus[] getStatuses() {
        return ContractStatus.values();
    }

    public boolean isNew() {
        return contractId == null;
    }

    public ContractForm getForm() {
        return form;
    }

    public CustomerChoice getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerChoice customer) {
        this.customer = customer;
    }

    public boolean isCustomerFixed() {
        return customerFixed;
    }

    /** Returns the deals the contract may come from: the customer's open ones and the one it names. */
    public List<OpportunityRow> getDeals() {
        return deals;
    }

    public List<OwnerOption> getOwners() {
        return owners == null ? List.of() : owners;
    }

    /** Returns whether the dialog shows an owner picker; a salesperson owns their own contracts. */
    public boolean isOwnerChoice() {
        return getOwners().size() > 1;
    }

    public boolean isStale() {
        return stale;
    }
}
