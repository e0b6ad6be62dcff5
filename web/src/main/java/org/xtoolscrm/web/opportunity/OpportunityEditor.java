package org.xtoolscrm.web.opportunity;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Logger;
import org.primefaces.PrimeFaces;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.account.User;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.opportunity.InvalidOpportunityException;
import org.xtoolscrm.opportunity.Opportunity;
import org.xtoolscrm.opportunity.OpportunityProblem;
import org.xtoolscrm.opportunity.OpportunityService;
import org.xtoolscrm.opportunity.StaleOpportunityException;
import org.xtoolscrm.web.FieldMessages;
import org.xtoolscrm.web.OwnerOption;
import org.xtoolscrm.web.Texts;
import org.xtoolscrm.web.task.CustomerChoice;
import org.xtoolscrm.web.task.CustomerChoiceConverter;

/**
 * Backs the opportunity dialog (opportunity/dialog.xhtml) on the opportunity list, the
 * customer's opportunities tab and the opportunity view. On the tab and the view the
 * customer is fixed; on the list the user picks one.
 */
@Named
@ViewScoped
public class OpportunityEditor implements Serializable {

    private static final Logger LOG = Logger.getLogger(OpportunityEditor.class.getName());

    /** The id of the dialog's form; its field ids are the field names of {@link OpportunityProblem}. */
    static final String FORM_ID = "opportunityForm";


    @EJB
    private OpportunityService opportunities;

    @EJB
    private CustomerService customers;

    @EJB
    private AccountService accounts;

    @EJB
    private AccessService access;

    private Long opportunityId;
    private int version;
    private OpportunityFields fields = new OpportunityFields();
    private CustomerChoice customer;
    private boolean customerFixed;
    private List<OwnerOption> owners;
    private boolean stale;

    /**
     * Opens the dialog for a new deal owned by the caller, in the first stage, expected to
     * sign in a month.
     *
     * @param fixedCustomerId the customer of the tab the dialog opens on, or null on the list
     */
    public void startNew(Long fixedCustomerId) {
        opportunityId = null;
        version = 0;
        stale = false;
        fields = new OpportunityFields();
        fields.setOwnerId(access.currentUser().getId());
        fields.setExpectedSignDate(CompanyCalendar.current().today().plusMonths(1));
        opportunities.stages().choosable().stream().findFirst().ifPresent(stage -> fields.setStage(stage.code()));
        customerFixed = fixedCustomerId != null;
        customer = null;
        owners = assignableOwners(null);
        if (customerFixed) {
            try {
                var found = customers.getVisible(fixedCustomerId);
                customer = new CustomerChoice(found.getId(), found.getName());
            } catch (RecordNotFoundException e) {
                Texts.error("opportunity.message.customerNotFound");
                FacesContext.getCurrentInstance().validationFailed();
            }
        }
    }

    /** Opens the dialog with a deal as it is now. Its customer stays as it is. */
    public void startEdit(long id) {
        try {
            Opportunity opportunity = opportunities.get(id);
            opportunityId = opportunity.getId();
            version = opportunity.getVersion();
            stale = false;
            fields = OpportunityFields.of(opportunity);
            customer = new CustomerChoice(opportunity.getCustomer().getId(), opportunity.getCustomer().getName());
            customerFixed = true;
            owners = assignableOwners(opportunity.getOwner());
        } catch (RecordNotFoundException e) {
            notFound(id);
        }
    }

    /** Saves the dialog. A rejected form keeps the dialog open with the messages next to the fields. */
    public void save() {
        try {
            if (opportunityId == null) {
                Opportunity created = opportunities.create(fields.toForm(customer == null ? null : customer.getId()));
                opportunityId = created.getId();
                Texts.info("opportunity.message.created", created.getName());
            } else {
                opportunities.update(opportunityId, version, fields.toForm(null));
                Texts.info("opportunity.message.saved");
            }
            PrimeFaces.current().ajax().update(":messages");
        } catch (InvalidOpportunityException e) {
            for (OpportunityProblem problem : e.getProblems()) {
                FieldMessages.error(FORM_ID, problem.field(),
                        Texts.get("OpportunityError." + problem.error().name(), problem.arguments().toArray()));
            }
        } catch (StaleOpportunityException e) {
            stale = true;
            FieldMessages.error(FORM_ID, null, Texts.get("opportunity.message.stale"));
        } catch (RecordNotFoundException e) {
            LOG.fine(() -> "Opportunity dialog save failed: " + e.getMessage());
            FieldMessages.error(FORM_ID, null, Texts.get("opportunity.message.notFound"));
        }
    }

    /** Loads the deal as it is now after a stale save, dropping the user's changes. */
    public void reload() {
        if (opportunityId != null) {
            startEdit(opportunityId);
        }
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

    private List<OwnerOption> assignableOwners(User current) {
        return OwnerOption.assignable(accounts.assignableOwners(), current);
    }

    private static void notFound(long id) {
        LOG.fine(() -> "Opportunity " + id + " is gone or not visible");
        Texts.error("opportunity.message.notFound");
        FacesContext.getCurrentInstance().validationFailed();
    }

    public boolean isNew() {
        return opportunityId == null;
    }

    /** Returns the id of the deal in the dialog, or of the one it just created. */
    public Long getOpportunityId() {
        return opportunityId;
    }

    public OpportunityFields getFields() {
        return fields;
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

    public List<OwnerOption> getOwners() {
        return owners == null ? List.of() : owners;
    }

    /** Returns whether the dialog shows an owner picker; a salesperson owns their own deals. */
    public boolean isOwnerChoice() {
        return getOwners().size() > 1;
    }

    public boolean isStale() {
        return stale;
    }
}
