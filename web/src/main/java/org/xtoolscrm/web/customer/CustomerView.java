package org.xtoolscrm.web.customer;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.customer.Customer;
import org.xtoolscrm.customer.CustomerService;

/**
 * Backs customer/view.xhtml. A missing, malformed or invisible id answers 404, so
 * the page never shows a customer outside the caller's scope.
 */
@Named
@RequestScoped
public class CustomerView {

    @EJB
    private CustomerService customers;

    private String id;
    private Customer customer;

    public void load() throws IOException {
        try {
            customer = customers.getVisible(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException | RecordNotFoundException e) {
            notFound();
        }
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
        String lower = website.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? website : "http://" + website;
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
}
