package org.xtoolscrm.web.activity;

import org.xtoolscrm.web.opportunity.DealPicker;
import org.xtoolscrm.opportunity.OpportunityService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Logger;
import org.primefaces.PrimeFaces;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.activity.Activity;
import org.xtoolscrm.activity.ActivityForm;
import org.xtoolscrm.activity.ActivityProblem;
import org.xtoolscrm.activity.ActivityRow;
import org.xtoolscrm.activity.ActivityService;
import org.xtoolscrm.activity.InvalidActivityException;
import org.xtoolscrm.activity.StaleActivityException;
import org.xtoolscrm.activity.TimelinePage;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.contact.ContactService;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.dictionary.DictionaryOption;
import org.xtoolscrm.dictionary.DictionaryService;
import org.xtoolscrm.web.FieldMessages;
import org.xtoolscrm.web.Formats;
import org.xtoolscrm.web.Texts;
import org.xtoolscrm.web.contact.ContactPicker;
import org.xtoolscrm.web.customer.CustomerView;

/**
 * Backs the activities tab of customer/view.xhtml. The customer's timeline runs newest
 * first and is read from the database one page at a time, as the user asks for older
 * entries. The bean also backs the activity dialog, with its picker of the customer's
 * contacts, and, after a next step with a date is saved, the offer to plan the follow-up
 * schedule with the same contact.
 */
@Named
@ViewScoped
public class ActivityTimelineView implements Serializable {

    private static final Logger LOG = Logger.getLogger(ActivityTimelineView.class.getName());

    /** The id of the dialog's form; its field ids are the field names of {@link ActivityProblem}. */
    static final String FORM_ID = "activityForm";

    /** The entries read per page of the timeline. */
    static final int PAGE_SIZE = 20;

    @Inject
    private CustomerView view;

    @Inject
    private Formats formats;

    @EJB
    private ActivityService activities;

    @EJB
    private DictionaryService dictionary;

    @EJB
    private ContactService contacts;

    @EJB
    private OpportunityService opportunities;

    private final List<ActivityRow> entries = new ArrayList<>();
    private boolean more;
    /** Every activity type option, disabled ones too, since old entries may use them. */
    private List<DictionaryOption> typeOptions = List.of();

    private Long activityId;
    private int version;
    private ActivityForm form = new ActivityForm();
    private final ContactPicker contactPicker = new ContactPicker();
    private final DealPicker dealPicker = new DealPicker();
    /** The activity's time as the user enters it, in the company's time zone. */
    private LocalDateTime time;
    private String storedType;
    private LocalDate storedNextStepDate;
    private String storedNextStep;
    private boolean stale;

    private String followUpLink;
    private LocalDate followUpDate;
    private String followUpSubject;

    private List<ChangeEntry> history = List.of();

    @PostConstruct
    void init() {
        typeOptions = dictionary.options(DictionaryList.ACTIVITY_TYPE, true);
        reload();
    }

    /** Reads the newest page of the timeline again, dropping the older pages read so far. */
    public void reload() {
        TimelinePage page = activities.timeline(view.getCustomerId(), null, PAGE_SIZE);
        entries.clear();
        entries.addAll(page.entries());
        more = page.more();
    }

    /** Appends the next page of older entries. */
    public void loadMore() {
        if (entries.isEmpty()) {
            reload();
            return;
        }
        TimelinePage page = activities.timeline(view.getCustomerId(),
                entries.get(entries.size() - 1).position(), PAGE_SIZE);
        entries.addAll(page.entries());
        more = page.more();
    }

    /** Opens the dialog for a new activity now, of the first enabled type. */
    public void startNew() {
        activityId = null;
        version = 0;
        stale = false;
        form = new ActivityForm();
        form.setType(getTypes().isEmpty() ? null : getTypes().get(0).getCode());
        time = LocalDateTime.now(formats.zone()).truncatedTo(ChronoUnit.MINUTES);
        storedType = null;
        storedNextStepDate = null;
        storedNextStep = null;
        contactPicker.open(contacts, view.getCustomerId(), null);
        dealPicker.open(opportunities, view.getCustomerId(), null);
    }

    public void startEdit(ActivityRow row) {
        edit(row.getId());
    }

    private void edit(long id) {
        try {
            Activity activity = activities.get(id);
            activityId = activity.getId();
            version = activity.getVersion();
            stale = false;
            form = ActivityForm.of(activity);
            time = LocalDateTime.ofInstant(activity.getTime(), formats.zone());
            storedType = activity.getType();
            storedNextStepDate = activity.getNextStepDate();
            storedNextStep = activity.getNextStep();
            contactPicker.open(contacts, view.getCustomerId(), activity.getContactId());
            dealPicker.open(opportunities, view.getCustomerId(), activity.getOpportunityId());
        } catch (RecordNotFoundException e) {
            notFound(id);
        }
    }

    /**
     * Saves the dialog. A rejected form keeps the dialog open with the messages next to
     * the fields. After a save with a next step date, new or changed, the page offers
     * the follow-up schedule through the callback parameter {@code followUp}.
     */
    public void save() {
        form.setTime(time == null ? null : time.atZone(formats.zone()).toInstant());
        form.setContactId(contactPicker.getContactId());
        form.setOpportunityId(dealPicker.getOpportunityId());
        boolean created = activityId == null;
        try {
            if (created) {
                activities.create(view.getCustomerId(), form);
                Texts.info("activity.message.created");
            } else {
                activities.update(activityId, version, form);
                Texts.info("activity.message.saved");
            }
        } catch (InvalidActivityException e) {
            for (ActivityProblem problem : e.getProblems()) {
                FieldMessages.error(FORM_ID, problem.field(),
                        Texts.get("ActivityError." + problem.error().name(), problem.arguments().toArray()));
            }
            return;
        } catch (StaleActivityException e) {
            stale = true;
            FieldMessages.error(FORM_ID, null, Texts.get("activity.message.stale"));
            return;
        } catch (RecordNotFoundException e) {
            LOG.fine(() -> "Activity dialog save failed: " + e.getMessage());
            FieldMessages.error(FORM_ID, null, Texts.get("activity.message.notFound"));
            return;
        }
        // The page's messages show the confirmation; a rejected form keeps its messages in the dialog.
        PrimeFaces.current().ajax().update(":messages");
        reload();
        boolean nextStepChanged = !Objects.equals(form.getNextStepDate(), storedNextStepDate)
                || !Objects.equals(clean(form.getNextStep()), clean(storedNextStep));
        if (form.getNextStepDate() != null && (created || nextStepChanged)) {
            offerFollowUp();
        }
    }

    /** Loads the activity as it is now after a stale save, dropping the user's changes. */
    public void reloadActivity() {
        if (activityId != null) {
            edit(activityId);
        }
    }

    /** Moves the activity to the recycle bin, unless someone changed it since the timeline was read. */
    public void delete(ActivityRow row) {
        try {
            activities.delete(row.getId(), row.getVersion());
            Texts.info("activity.message.deleted");
        } catch (StaleActivityException e) {
            Texts.error("activity.message.staleDelete");
        } catch (RecordNotFoundException e) {
            notFound(row.getId());
        }
        reload();
    }

    public void showHistory(ActivityRow row) {
        try {
            history = activities.history(row.getId());
        } catch (RecordNotFoundException e) {
            history = List.of();
            notFound(row.getId());
        }
    }

    private void offerFollowUp() {
        String defaultSubject = Texts.get("activity.followUp.defaultSubject", view.getCustomer().getName());
        followUpDate = form.getNextStepDate();
        followUpSubject = FollowUpLink.subject(form.getNextStep(), defaultSubject);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        followUpLink = FollowUpLink.of(external.getRequestContextPath(), view.getCustomerId(), followUpDate,
                followUpSubject, form.getContactId());
        PrimeFaces.current().ajax().addCallbackParam("followUp", true);
    }

    private void notFound(long id) {
        LOG.fine(() -> "Activity " + id + " is gone or not visible");
        Texts.error("activity.message.notFound");
        FacesContext.getCurrentInstance().validationFailed();
        reload();
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Returns the label of an activity type in the user's language, or the code of an option deleted since. */
    public String typeLabel(String code) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return typeOptions.stream().filter(option -> option.getCode().equals(code)).findFirst()
                .map(option -> option.label(locale)).orElse(code);
    }

    /** Returns the types the dialog offers: the enabled ones, and an edited activity's own type if disabled since. */
    public List<DictionaryOption> getTypes() {
        return typeOptions.stream().filter(option -> option.isEnabled() || option.getCode().equals(storedType))
                .toList();
    }

    public List<ActivityRow> getEntries() {
        return entries;
    }

    public boolean isMore() {
        return more;
    }

    public boolean isNew() {
        return activityId == null;
    }

    public ActivityForm getForm() {
        return form;
    }

    public ContactPicker getContactPicker() {
        return contactPicker;
    }

    public DealPicker getDealPicker() {
        return dealPicker;
    }

    public LocalDateTime getTime() {
        return time;
    }

    public void setTime(LocalDateTime time) {
        this.time = time;
    }

    public boolean isStale() {
        return stale;
    }

    public String getFollowUpLink() {
        return followUpLink;
    }

    public LocalDate getFollowUpDate() {
        return followUpDate;
    }

    public String getFollowUpSubject() {
        return followUpSubject;
    }

    public List<ChangeEntry> getHistory() {
        return history;
    }
}
