package org.xtoolscrm.web.contact;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.contact.Contact;
import org.xtoolscrm.contact.ContactForm;
import org.xtoolscrm.contact.ContactRules;
import org.xtoolscrm.contact.ContactService;
import org.xtoolscrm.contact.InvalidContactException;
import org.xtoolscrm.contact.StaleContactException;
import org.xtoolscrm.web.Formats;
import org.xtoolscrm.web.Texts;
import org.xtoolscrm.web.customer.CustomerView;

/**
 * Backs the contacts tab of customer/view.xhtml (customer/tab/contacts.xhtml): the customer's
 * contacts, main contacts first, and the dialog that creates and edits one. Any user who may
 * see the customer may change its contacts, so the tab has no read-only mode.
 */
@Named
@ViewScoped
public class ContactTabView implements Serializable {

    private static final Logger LOG = Logger.getLogger(ContactTabView.class.getName());

    /** The client id of the dialog's form; its input ids are the field names of the contact errors. */
    static final String FORM_CLIENT_ID = "tabs:contact-form";

    /** The key of the messages the dialog shows above its fields, such as the notice of a stale edit. */
    public static final String DIALOG_MESSAGES = "contact-dialog";

    @Inject
    private CustomerView customerView;

    @Inject
    private Formats formats;

    @EJB
    private ContactService contacts;

    private CustomerContactModel model;

    /** The contact in the dialog, or null for a new one. */
    private Long editingId;
    private int version;
    private ContactForm form = new ContactForm();
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;

    /** The change log in the history dialog, newest first, and the name of its contact. */
    private List<ChangeEntry> history = List.of();
    private String historyName;

    /** Opens the dialog on an empty form. */
    public void startNew() {
        editingId = null;
        form = new ContactForm();
        createdAt = null;
        createdBy = null;
        updatedAt = null;
    }

    /** Opens the dialog on a contact as it is saved now. */
    public void startEdit(long id) {
        try {
            edit(contacts.get(id));
        } catch (RecordNotFoundException e) {
            notFound();
            // Keeps the dialog closed.
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /**
     * Saves the dialog. Invalid fields get their messages and keep the dialog open. When
     * someone else saved the contact since the dialog opened, the dialog shows a warning and the
     * contact as saved now, so the user can make the change again.
     */
    public void save() {
        try {
            if (editingId == null) {
                Contact created = contacts.create(customerView.getCustomerId(), form);
                Texts.info("contact.message.created", created.getName());
            } else {
                Contact saved = contacts.update(editingId, version, form);
                Texts.info("contact.message.saved", saved.getName());
            }
        } catch (InvalidContactException e) {
            ContactErrors.show(e, FORM_CLIENT_ID, DIALOG_MESSAGES);
        } catch (StaleContactException e) {
            reloadAfterStaleEdit();
        } catch (RecordNotFoundException e) {
            notFound();
        }
    }

    /** Loads the change log of a contact for the history dialog. */
    public void showHistory(long id, String name) {
        try {
            history = contacts.history(id);
            historyName = name;
        } catch (RecordNotFoundException e) {
            notFound();
            // Keeps the dialog closed.
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Moves a contact to the recycle bin. */
    public void delete(long id, String name) {
        try {
            contacts.delete(id);
            Texts.info("contact.message.deleted", name);
        } catch (RecordNotFoundException e) {
            notFound();
        }
    }

    private void reloadAfterStaleEdit() {
        try {
            edit(contacts.get(editingId));
        } catch (RecordNotFoundException gone) {
            notFound();
            return;
        }
        LOG.fine(() -> "Stale edit of contact " + editingId + " reloaded");
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(DIALOG_MESSAGES, new FacesMessage(FacesMessage.SEVERITY_WARN,
                Texts.get("contact.message.stale"), null));
        context.validationFailed();
    }

    private void edit(Contact contact) {
        editingId = contact.getId();
        version = contact.getVersion();
        form = ContactForm.of(contact);
        createdAt = contact.getCreatedAt();
        createdBy = contact.getCreatedBy();
        updatedAt = contact.getUpdatedAt();
    }

    /**
     * Shows that the contact is gone: deleted by someone else, or no longer visible. The tab's
     * table is updated with the message, so the row disappears.
     */
    private void notFound() {
        Texts.error("contact.message.notFound");
    }

    public CustomerContactModel getModel() {
        if (model == null) {
            model = new CustomerContactModel(contacts, customerView.getCustomerId());
        }
        return model;
    }

    /** Returns whether the dialog edits an existing contact rather than creating one. */
    public boolean isEditing() {
        return editingId != null;
    }

    public ContactForm getForm() {
        return form;
    }

    /**
     * Returns the years the date picker offers for a birthday, such as "1900:2026". The picker
     * sets no minimum or maximum date, because the contact rules check the range and report it
     * in the user's language.
     */
    public String getBirthdayYears() {
        return ContactRules.BIRTHDAY_MIN.getYear() + ":" + LocalDate.now(formats.zone()).getYear();
    }

    public List<ChangeEntry> getHistory() {
        return history;
    }

    public String getHistoryName() {
        return historyName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Returns a tel: link for a phone or mobile number, or null when it has no digits. */
    public String tel(String number) {
        return PhoneLinks.tel(number);
    }
}
