package org.xtoolscrm.web.contact;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.xtoolscrm.contact.ContactService;

/** Backs contact/list.xhtml: every contact of the customers the caller may see. */
@Named
@ViewScoped
public class ContactListView implements Serializable {

    @EJB
    private ContactService contacts;

    private ContactLazyModel model;

    @PostConstruct
    void init() {
        model = new ContactLazyModel(contacts);
    }

    public ContactLazyModel getModel() {
        return model;
    }

    public String getSearch() {
        return model.getSearch();
    }

    public void setSearch(String search) {
        model.setSearch(search);
    }

    public boolean isMainOnly() {
        return model.isMainOnly();
    }

    public void setMainOnly(boolean mainOnly) {
        model.setMainOnly(mainOnly);
    }

    /** Returns a tel: link for a phone or mobile number, or null when it has no digits. */
    public String tel(String number) {
        return PhoneLinks.tel(number);
    }
}
