package org.xtoolscrm.web.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.customer.Customer;
import org.xtoolscrm.schedule.ScheduleRow;
import org.xtoolscrm.schedule.ScheduleService;
import org.xtoolscrm.schedule.StaleScheduleException;
import org.xtoolscrm.web.Formats;
import org.xtoolscrm.web.Texts;
import org.xtoolscrm.web.customer.CustomerView;

/**
 * Backs the schedules tab of customer/view.xhtml: the customer's schedules, paged, with
 * done, not done and delete on each row, and the dialog for the customer. A link with
 * {@code newSchedule=YYYY-MM-DD} opens the dialog for a new schedule, as
 * {@link SchedulePrefill} describes.
 */
@Named
@ViewScoped
public class CustomerSchedulesView implements Serializable {

    @EJB
    private ScheduleService schedules;

    @Inject
    private CustomerView customerView;

    @Inject
    private ScheduleEditor editor;

    @Inject
    private Formats formats;

    private CustomerScheduleModel model;

    @PostConstruct
    void init() {
        model = new CustomerScheduleModel(schedules, customerView.getCustomerId());
        FacesContext context = FacesContext.getCurrentInstance();
        if (!context.isPostback()) {
            SchedulePrefill.from(context.getExternalContext().getRequestParameterMap())
                    .ifPresent(prefill -> editor.startFromLink(prefill, customer(), true, null));
        }
    }

    /** Opens the dialog for a new schedule on this customer at the next full hour. */
    public void startNew() {
        LocalDateTime next = LocalDateTime.now(formats.zone()).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        editor.startNew(next, customer(), true, null);
    }

    public void startEdit(ScheduleRow row) {
        editor.startEdit(row.getId(), true);
    }

    /** Marks a row's schedule done or not done; a stale row gets a message and the list reloads. */
    public void markDone(ScheduleRow row, boolean done) {
        try {
            schedules.setDone(row.getId(), row.getVersion(), done);
            Texts.info(done ? "schedule.message.done" : "schedule.message.notDone", row.getSubject());
        } catch (StaleScheduleException e) {
            Texts.error("schedule.message.staleRow");
        } catch (RecordNotFoundException e) {
            Texts.error("schedule.message.notFound");
        }
    }

    /** Moves a row's schedule to the recycle bin. */
    public void delete(ScheduleRow row) {
        try {
            schedules.delete(row.getId(), row.getVersion());
            Texts.info("schedule.message.deleted", row.getSubject());
        } catch (StaleScheduleException e) {
            Texts.error("schedule.message.staleRow");
        } catch (RecordNotFoundException e) {
            Texts.error("schedule.message.notFound");
        }
    }

    /** Returns whether the row's reminder shows now, to mark it in the list. */
    public boolean isReminderDue(ScheduleRow row) {
        return row.isReminderDue(Instant.now());
    }

    /** Returns the row's state for its style and label: done, running, upcoming or past. */
    public String state(ScheduleRow row) {
        Instant now = Instant.now();
        if (row.isDone()) {
            return "done";
        }
        if (!row.getEndAt().isAfter(now)) {
            return "past";
        }
        return row.getStartAt().isAfter(now) ? "upcoming" : "running";
    }

    public CustomerScheduleModel getModel() {
        return model;
    }

    private CustomerChoice customer() {
        Customer customer = customerView.getCustomer();
        return new CustomerChoice(customer.getId(), customer.getName());
    }
}
