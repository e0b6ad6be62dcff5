package org.xtoolscrm.web.customer;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.customer.Customer;
import org.xtoolscrm.customer.CustomerService;

/**
 * Backs customer/view.xhtml. A missing, malformed or invisible id returns 404, so
 * the page never shows a customer outside the caller's scope.
 */
@Named
@ViewScoped
public class CustomerView implements Serializable {

    @EJB
    private CustomerService customers;

    private String id;
    private Customer customer;
    private boolean manageable;

    public void load() throws IOException {
        try {
            customer = customers.getVisible(Long.parseLong(id == null ? "" : id.strip()));
            manageable = customers.canManage(customer);
        } catch (NumberFormatException | RecordNotFoundException e) {
            notFound();
        }
    }

    /**
     * Loads the customer again after a change. Returns 404 when the caller can no
     * longer see it.
     */
    public void reload() throws IOException {
        load();
    }

    private static void notFound() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        context.responseComplete();
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

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Customer getCustomer() {
        return customer;
    }

    /** Returns whether the caller may share and transfer this customer. */
    public boolean isManageable() {
        return manageable;
    }
}
