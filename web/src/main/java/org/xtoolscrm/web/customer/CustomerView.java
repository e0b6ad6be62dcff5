package org.xtoolscrm.web.customer;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.contract.CustomerTotals;
import org.xtoolscrm.contract.PaymentDueRow;
import org.xtoolscrm.contract.ReceivablesService;
import org.xtoolscrm.customer.Customer;
import org.xtoolscrm.customer.CustomerEditService;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.customer.StaleCustomerException;
import org.xtoolscrm.web.RecordPages;
import org.xtoolscrm.web.Texts;
import org.xtoolscrm.workbench.DateWindows;

/**
 * Backs customer/view.xhtml. A missing, malformed or invisible id returns 404, so
 * the page never shows a customer outside the caller's scope.
 */
@Named
@ViewScoped
public class CustomerView implements Serializable {

    /** The maximum number of instalments the overview lists; the contracts tab leads to the rest. */
    private static final int MAX_DUE = 10;

    @EJB
    private CustomerService customers;

    @EJB
    private CustomerEditService editor;

    @EJB
    private ReceivablesService receivables;

    private String id;
    private String tab;
    private Customer customer;
    private boolean manageable;
    private CustomerTotals totals;
    private List<PaymentDueRow> paymentsDue;

    public void load() throws IOException {
        try {
            customer = customers.getVisible(Long.parseLong(id == null ? "" : id.strip()));
            manageable = customers.canManage(customer);
            totals = receivables.customerTotals(customer.getId());
            paymentsDue = null;
        } catch (NumberFormatException | RecordNotFoundException e) {
            RecordPages.notFound();
        }
    }

    /**
     * Loads the customer again after a change. Returns 404 when the caller can no
     * longer see it.
     */
    public void reload() throws IOException {
        load();
    }

    /**
     * Moves the customer with its records to the recycle bin and returns to the list.
     * A stale page gets a message and the fresh customer instead.
     */
    public String delete() throws IOException {
        try {
            editor.delete(customer.getId(), customer.getVersion());
        } catch (StaleCustomerException e) {
            Texts.error("customer.edit.message.stale");
            load();
            return null;
        } catch (RecordNotFoundException e) {
            RecordPages.notFound();
            return null;
        }
        Texts.flashInfo("customer.delete.message.done", customer.getName());
        return "/customer/list?faces-redirect=true";
    }

    /**
     * Opens the tab named in the {@code tab} request parameter, such as {@code contacts} for the
     * tab with id {@code contacts-tab}, so links can lead straight to it. It runs before
     * the first render, since the tabs do not exist yet when the view action runs.
     */
    public void openTab() {
        RecordPages.openTab(tab);
    }

    /** Returns the website as a link target, adding http:// where the value has no scheme. */
    public String getWebsiteUrl() {
        String website = customer == null ? null : customer.getWebsite();
        if (website == null || website.isBlank()) {
            return null;
        }
        String lower = website.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? website : "http://" + website;
    }

    public long getCustomerId() {
        return customer.getId();
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CustomerTotals getTotals() {
        return totals;
    }

    /** Returns the customer's open instalments due in the next 30 days and those overdue, read when first shown. */
    public List<PaymentDueRow> getPaymentsDue() {
        if (paymentsDue == null) {
            paymentsDue = receivables.dueForCustomer(customer.getId(), DateWindows.PAYMENT_DAYS, MAX_DUE);
        }
        return paymentsDue;
    }

    /** Returns the customer's today, against which instalments are overdue. */
    public LocalDate getToday() {
        return CompanyCalendar.current().today();
    }

    /** Returns the currencies left out of the totals for want of a rate, joined for a message; empty when none. */
    public String getUnconverted() {
        return String.join(", ", totals.unconverted());
    }

    public Customer getCustomer() {
        return customer;
    }

    /** Returns whether the caller may share and transfer this customer. */
    public boolean isManageable() {
        return manageable;
    }
}
