package org.xtoolscrm.web.schedule;

import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.web.opportunity.DealPicker;
import org.xtoolscrm.opportunity.OpportunityService;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.account.User;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.contact.ContactService;
import org.xtoolscrm.customer.CustomerFilter;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.customer.CustomerSortField;
import org.xtoolscrm.schedule.InvalidScheduleException;
import org.xtoolscrm.schedule.Schedule;
import org.xtoolscrm.schedule.ScheduleForm;
import org.xtoolscrm.schedule.ScheduleService;
import org.xtoolscrm.schedule.StaleScheduleException;
import org.xtoolscrm.web.Formats;
import org.xtoolscrm.web.OwnerOption;
import org.xtoolscrm.web.Texts;
import org.xtoolscrm.web.contact.ContactPicker;

/**
 * Backs the schedule dialog of the calendar page and of the customer view's schedules tab:
 * a new schedule or an existing one, saved, marked done or deleted. The page that opens
 * the dialog sets whether the customer is fixed, as on a customer's own tab. The contact
 * picker lists the contacts of the chosen customer and follows a change of customer.
 */
@Named
@ViewScoped
public class ScheduleEditor implements Serializable {

    private static final Logger LOG = Logger.getLogger(ScheduleEditor.class.getName());

    /** The maximum number of customers the customer search offers at once. */
    private static final int CUSTOMER_SUGGESTIONS = 12;

    @EJB
    private ScheduleService schedules;

    @EJB
    private CustomerService customers;

    @EJB
    private AccountService accounts;

    @EJB
    private AccessService access;

    @EJB
    private ContactService contacts;

    @EJB
    private OpportunityService opportunities;

    @Inject
    private Formats formats;

    @Inject
    private ScheduleTypes types;

    private Long scheduleId;
    private int version;
    private boolean done;
    private boolean stale;
    private boolean openOnLoad;
    private ScheduleFields fields = new ScheduleFields();
    private boolean customerFixed;
    private CustomerChoice customer;
    private final ContactPicker contactPicker = new ContactPicker();
    private final DealPicker dealPicker = new DealPicker();
    private String ownerName;
    private List<OwnerOption> owners;
    private List<ChangeEntry> history = List.of();
    private final Map<Long, CustomerChoice> knownCustomers = new HashMap<>();

    /**
     * Starts a new schedule at the given time on the company's clock, lasting one hour.
     *
     * @param customer the customer it is about, or null
     * @param fixed    whether the customer is fixed, as on the customer's own tab
     * @param ownerId  the owner to offer first, or null for the caller
     */
    public void startNew(LocalDateTime start, CustomerChoice customer, boolean fixed, Long ownerId) {
        begin(start, customer, fixed, ownerId, null);
    }

    /**
     * Starts a new schedule from a link: on its date at 09:00, with its subject, and with its
     * contact chosen when that is a contact of the customer. A link without a customer, as on
     * the calendar, leaves the contact out.
     */
    public void startFromLink(SchedulePrefill prefill, CustomerChoice customer, boolean fixed, Long ownerId) {
        begin(prefill.date().atTime(ScheduleFields.DEFAULT_START), customer, fixed, ownerId, prefill.contactId());
        fields.setSubject(prefill.subject());
        openOnLoad = true;
    }

    private void begin(LocalDateTime start, CustomerChoice customer, boolean fixed, Long ownerId, Long contactId) {
        reset();
        fields = ScheduleFields.startingAt(start, schedules.defaultReminderMinutes());
        fields.setType(types.firstEnabled());
        User caller = access.currentUser();
        boolean ownerAllowed = ownerId != null && owners().stream().anyMatch(owner -> owner.getId().equals(ownerId));
        fields.setOwnerId(ownerAllowed ? ownerId : caller.getId());
        ownerName = caller.getDisplayName();
        chooseCustomer(customer, fixed);
        contactPicker.open(contacts, customerId(), contactId);
        dealPicker.open(opportunities, customerId(), null);
    }

    /** Opens a schedule the caller may see; a message replaces the dialog when it is gone. */
    public void startEdit(long id, boolean fixed) {
        reset();
        Schedule schedule;
        try {
            schedule = schedules.getVisible(id);
            history = schedules.history(id);
        } catch (RecordNotFoundException e) {
            Texts.error("schedule.message.notFound");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        scheduleId = schedule.getId();
        version = schedule.getVersion();
        done = schedule.isDone();
        fields = ScheduleFields.of(ScheduleForm.of(schedule), formats.zone());
        ownerName = schedule.getOwner().getDisplayName();
        CustomerChoice current = schedule.getCustomer() == null ? null
                : new CustomerChoice(schedule.getCustomer().getId(), schedule.getCustomer().getName());
        chooseCustomer(current, fixed);
        contactPicker.open(contacts, customerId(), fields.getContactId());
        dealPicker.open(opportunities, customerId(), fields.getOpportunityId());
    }

    /**
     * Reloads the contact picker after the user chose or cleared the customer. A contact of
     * the previous customer is dropped.
     */
    public void customerChanged() {
        contactPicker.changeCustomer(contacts, customerId());
        dealPicker.changeCustomer(opportunities, customerId());
    }

    /** Saves the dialog. A rejected field gets its message next to it and the dialog stays open. */
    public void save() {
        fields.setCustomerId(customerId());
        fields.setContactId(contactPicker.getContactId());
        fields.setOpportunityId(dealPicker.getOpportunityId());
        try {
            if (scheduleId == null) {
                Schedule created = schedules.create(fields.toForm(formats.zone()));
                LOG.fine(() -> "Schedule " + created.getId() + " saved from the dialog");
                Texts.info("schedule.message.created", created.getSubject());
            } else {
                Schedule saved = schedules.update(scheduleId, version, fields.toForm(formats.zone()));
                Texts.info("schedule.message.saved", saved.getSubject());
            }
            openOnLoad = false;
        } catch (InvalidScheduleException e) {
            ScheduleErrors.show(e.getProblems());
        } catch (StaleScheduleException e) {
            stale = true;
            ScheduleErrors.showInDialog("schedule.message.stale");
        } catch (RecordNotFoundException e) {
            ScheduleErrors.showInDialog("Customer".equals(e.getKind()) ? "schedule.message.customerNotFound"
                    : "schedule.message.notFound");
        }
    }

    /** Marks the open schedule done or not done. */
    public void markDone(boolean done) {
        try {
            Schedule saved = schedules.setDone(scheduleId, version, done);
            Texts.info(done ? "schedule.message.done" : "schedule.message.notDone", saved.getSubject());
        } catch (StaleScheduleException e) {
            stale = true;
            ScheduleErrors.showInDialog("schedule.message.stale");
        } catch (RecordNotFoundException e) {
            ScheduleErrors.showInDialog("schedule.message.notFound");
        }
    }

    /** Moves the open schedule to the recycle bin. */
    public void delete() {
        try {
            schedules.delete(scheduleId, version);
            Texts.info("schedule.message.deleted", fields.getSubject());
        } catch (StaleScheduleException e) {
            stale = true;
            ScheduleErrors.showInDialog("schedule.message.stale");
        } catch (RecordNotFoundException e) {
            ScheduleErrors.showInDialog("schedule.message.notFound");
        }
    }

    /** Loads the schedule as it is now, dropping the user's unsaved changes after a stale save. */
    public void reload() {
        startEdit(scheduleId, customerFixed);
    }

    /** Returns the visible customers whose name, phone, contact or e-mail starts with the text. */
    public List<CustomerChoice> completeCustomer(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<CustomerChoice> found = customers.findPage(CustomerFilter.none().withSearch(text.strip()),
                        CustomerSortField.NAME, true, 0, CUSTOMER_SUGGESTIONS).stream()
                .map(row -> new CustomerChoice(row.getId(), row.getName()))
                .toList();
        found.forEach(choice -> knownCustomers.put(choice.getId(), choice));
        return found;
    }

    /** Returns the converter of the customer search, which maps the ids of the customers this dialog offered. */
    public Converter<CustomerChoice> getCustomerConverter() {
        return new CustomerChoiceConverter(knownCustomers);
    }

    private void chooseCustomer(CustomerChoice choice, boolean fixed) {
        customer = choice;
        customerFixed = fixed;
        if (choice != null) {
            knownCustomers.put(choice.getId(), choice);
        }
    }

    private Long customerId() {
        return customer == null ? null : customer.getId();
    }

    private void reset() {
        scheduleId = null;
        version = 0;
        done = false;
        stale = false;
        openOnLoad = false;
        history = List.of();
        customer = null;
    }

    private List<OwnerOption> owners() {
        if (owners == null) {
            owners = accounts.assignableOwners().stream().map(OwnerOption::of).toList();
        }
        return owners;
    }

    /** Returns whether the dialog offers a choice of owner: a Manager or Boss, on a schedule in their scope. */
    public boolean isOwnerChoice() {
        List<OwnerOption> choices = owners();
        return choices.size() > 1 && choices.stream().anyMatch(owner -> owner.getId().equals(fields.getOwnerId()));
    }

    public List<OwnerOption> getOwners() {
        return owners();
    }

    /** Returns the reminder picker's items, labelled in the user's language. */
    public List<SelectItem> getReminderItems() {
        return ReminderChoice.list(schedules.defaultReminderMinutes(), fields.getReminderMinutes()).stream()
                .map(choice -> new SelectItem(choice.getMinutes(),
                        Texts.get(choice.getLabelKey(), choice.getLabelArgument())))
                .toList();
    }

    /** Returns the company's time zone, in which the dialog's dates and times are meant. */
    public String getZoneId() {
        return formats.zone().getId();
    }

    public Map<String, String> getTypeChoices() {
        return types.choices(fields.getType());
    }

    public boolean isNewSchedule() {
        return scheduleId == null;
    }

    public Long getScheduleId() {
        return scheduleId;
    }

    public boolean isDone() {
        return done;
    }

    public boolean isStale() {
        return stale;
    }

    /** Returns whether the dialog opens with the page, as for a link that requests a new schedule. */
    public boolean isOpenOnLoad() {
        return openOnLoad;
    }

    public ScheduleFields getFields() {
        return fields;
    }

    public boolean isCustomerFixed() {
        return customerFixed;
    }

    public CustomerChoice getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerChoice customer) {
        this.customer = customer;
    }

    public ContactPicker getContactPicker() {
        return contactPicker;
    }

    public DealPicker getDealPicker() {
        return dealPicker;
    }

    /** Opens the dialog for a new schedule of a deal: tomorrow at 09:00, on its customer and naming it. */
    public void startNewForDeal(CustomerChoice customer, long opportunityId) {
        begin(LocalDateTime.of(CompanyCalendar.current().today().plusDays(1), ScheduleFields.DEFAULT_START), customer,
                true, null, null);
        dealPicker.open(opportunities, customerId(), opportunityId);
    }

    public String getOwnerName() {
        return ownerName;
    }

    public List<ChangeEntry> getHistory() {
        return history;
    }
}
