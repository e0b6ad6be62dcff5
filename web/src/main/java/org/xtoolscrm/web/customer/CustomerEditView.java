package org.xtoolscrm.web.customer;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.customer.Customer;
import org.xtoolscrm.customer.CustomerEditService;
import org.xtoolscrm.customer.CustomerForm;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.customer.CustomerStatus;
import org.xtoolscrm.customer.CustomerType;
import org.xtoolscrm.customer.InvalidCustomerActionException;
import org.xtoolscrm.customer.StaleCustomerException;
import org.xtoolscrm.web.OwnerOption;
import org.xtoolscrm.web.Texts;

/**
 * Backs customer/edit.xhtml: a new customer without an id, an existing one with
 * it. Before a new customer is saved, the page warns when customers with the same
 * name or phone exist, visible to the user or not, and saves only after the user
 * confirms.
 */
@Named
@ViewScoped
public class CustomerEditView implements Serializable {

    @EJB
    private CustomerEditService edits;

    @EJB
    private CustomerService customers;

    @EJB
    private AccountService accounts;

    @EJB
    private AccessService access;

    private String id;
    private Long customerId;
    private int version;
    private CustomerForm form = new CustomerForm();
    private Long ownerId;
    private List<OwnerOption> owners;
    private long lookAlikes;
    private boolean stale;

    public void load() throws IOException {
        owners = accounts.assignableOwners().stream().map(OwnerOption::of).toList();
        ownerId = access.currentUser().getId();
        if (id == null || id.isBlank()) {
            return;
        }
        try {
            Customer customer = customers.getVisible(Long.parseLong(id.strip()));
            customerId = customer.getId();
            version = customer.getVersion();
            form = CustomerForm.of(customer);
        } catch (NumberFormatException | RecordNotFoundException e) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            context.responseComplete();
        }
    }

    /** Saves, unless customers that look alike exist and the user has not confirmed yet. */
    public void save() throws IOException {
        if (customerId == null && lookAlikes == 0) {
            lookAlikes = edits.countLookAlikes(form.getName(), form.getPhone(), null);
            if (lookAlikes > 0) {
                Texts.warn("customer.edit.message.lookAlikes", lookAlikes);
                return;
            }
        }
        store();
    }

    /** Saves after the user saw the warning about look-alikes. */
    public void saveAnyway() throws IOException {
        store();
    }

    private void store() throws IOException {
        Customer saved;
        try {
            saved = customerId == null ? edits.create(form, ownerId) : edits.update(customerId, version, form);
        } catch (StaleCustomerException e) {
            stale = true;
            Texts.error("customer.edit.message.stale");
            return;
        } catch (InvalidCustomerActionException e) {
            Texts.errorText(e.getMessage());
            return;
        } catch (EJBException e) {
            if (e.getCause() instanceof ConstraintViolationException violations) {
                violations.getConstraintViolations().forEach(violation -> Texts.errorText(
                        violation.getPropertyPath() + ": " + violation.getMessage()));
                return;
            }
            throw e;
        }

        Texts.info(customerId == null ? "customer.edit.message.created" : "customer.edit.message.saved");
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/customer/view.xhtml?id=" + saved.getId());
    }

    /** Loads the customer as it is now, dropping the user's unsaved changes after a stale save. */
    public void reload() throws IOException {
        stale = false;
        load();
    }

    public boolean isNew() {
        return customerId == null;
    }

    public boolean isOwnerChoice() {
        return customerId == null && owners != null && owners.size() > 1;
    }

    public CustomerType[] getTypes() {
        return CustomerType.values();
    }

    public CustomerStatus[] getStatuses() {
        return CustomerStatus.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CustomerForm getForm() {
        return form;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public List<OwnerOption> getOwners() {
        return owners;
    }

    public long getLookAlikes() {
        return lookAlikes;
    }

    public boolean isStale() {
        return stale;
    }
}
