package org.xtoolscrm.web.contact;

import java.io.Serializable;
import java.util.List;
import java.util.logging.Logger;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.contact.ContactOption;
import org.xtoolscrm.contact.ContactService;

/**
 * The contact picker of the schedule, task and activity dialogs
 * (WEB-INF/includes/contact-picker.xhtml): the live contacts of the dialog's customer, main
 * contacts first, and the contact chosen among them. The dialog's bean keeps one picker, opens it
 * with the record's customer and contact, and saves {@link #getContactId()}.
 *
 * <p>The picker shows only for a customer whose contacts the user may read. Without a customer
 * there is no contact. A manager may edit a subordinate's schedule on a customer that is shared
 * with the subordinate only. The customer's contacts are then not readable, so the picker stays
 * hidden and the stored contact is saved unchanged. The services check the contact against the
 * customer on every save in any case.
 */
public final class ContactPicker implements Serializable {

    private static final Logger LOG = Logger.getLogger(ContactPicker.class.getName());

    private List<ContactOption> options = List.of();
    private boolean shown;
    private Long contactId;

    /**
     * Loads the contacts of the customer and chooses the contact when it is one of them.
     *
     * @param customerId the dialog's customer, or null for none
     * @param contactId  the contact to choose, such as the stored one, or null for none
     */
    public void open(ContactService contacts, Long customerId, Long contactId) {
        if (customerId == null) {
            clear();
            return;
        }
        try {
            show(contacts.options(customerId), contactId);
        } catch (RecordNotFoundException e) {
            LOG.fine(() -> "Contacts of customer " + customerId + " not readable; contact " + contactId
                    + " stays unchanged");
            hide(contactId);
        }
    }

    /**
     * Loads the contacts of a customer newly chosen in the dialog. The chosen contact stays
     * only if it belongs to that customer, so a contact of the previous customer is cleared.
     *
     * @param customerId the new customer, or null when the user cleared the customer
     */
    public void changeCustomer(ContactService contacts, Long customerId) {
        open(contacts, customerId, contactId);
    }

    /**
     * Shows the options and chooses the contact when it is among them, else none: a contact
     * in the recycle bin or of another customer is not offered, so it cannot stay chosen.
     */
    void show(List<ContactOption> contactOptions, Long chosen) {
        options = List.copyOf(contactOptions);
        shown = true;
        boolean offered = chosen != null && options.stream().anyMatch(option -> chosen.equals(option.id()));
        contactId = offered ? chosen : null;
    }

    /** Hides the picker and keeps the stored contact, because the user may not read the customer's contacts. */
    void hide(Long storedContactId) {
        options = List.of();
        shown = false;
        contactId = storedContactId;
    }

    /** Hides the picker and drops the contact, because a record without a customer has no contact. */
    void clear() {
        hide(null);
    }

    /** Returns the live contacts of the customer, main contacts first, or none while the picker is hidden. */
    public List<ContactOption> getOptions() {
        return options;
    }

    /** Returns whether the dialog shows the picker. */
    public boolean isShown() {
        return shown;
    }

    /** Returns the contact to save, or null for none. */
    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }
}
