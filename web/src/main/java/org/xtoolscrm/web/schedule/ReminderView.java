package org.xtoolscrm.web.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Logger;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.schedule.ScheduleRow;
import org.xtoolscrm.schedule.ScheduleService;
import org.xtoolscrm.web.Formats;

/**
 * Backs the reminders under the header of every page: the caller's own schedules whose
 * reminder time has come, read when the page loads and again every minute.
 *
 * <p>Each poll is a request that keeps the session alive, so polling stops once the page
 * has polled for as long as the session's idle timeout; the reminders then refresh with
 * the next page the user opens or a dismissal. Without that limit an open page would keep
 * an unattended session logged in for ever.
 */
@Named
@ViewScoped
public class ReminderView implements Serializable {

    /** Seconds between two polls, as the page's p:poll sets them. */
    static final int POLL_SECONDS = 60;

    private static final Logger LOG = Logger.getLogger(ReminderView.class.getName());

    @EJB
    private ScheduleService schedules;

    @Inject
    private Formats formats;

    private List<ScheduleRow> due = List.of();
    private int polls;

    @PostConstruct
    void init() {
        refresh();
    }

    /** Reads the due reminders again, as the page's poll requests every minute. */
    public void poll() {
        polls++;
        refresh();
    }

    /** Dismisses a reminder; one that is gone already simply leaves the list. */
    public void dismiss(long scheduleId) {
        try {
            schedules.dismissReminder(scheduleId);
        } catch (RecordNotFoundException e) {
            LOG.fine(() -> "Reminder of schedule " + scheduleId + " was gone when dismissed");
        }
        polls = 0;
        refresh();
    }

    /** Returns whether the page stops polling, after as many minutes as the session's idle timeout. */
    public boolean isPollingStopped() {
        return polls >= maxPolls(FacesContext.getCurrentInstance().getExternalContext()
                .getSessionMaxInactiveInterval());
    }

    /** Returns the polls that fit into the idle timeout with a minute to spare, at least one. */
    static int maxPolls(int sessionTimeoutSeconds) {
        if (sessionTimeoutSeconds <= 0) {
            return Integer.MAX_VALUE;
        }
        return Math.max(1, sessionTimeoutSeconds / POLL_SECONDS - 1);
    }

    /** Returns the date of the schedule's start on the company's clock, for the calendar link. */
    public String dateOf(ScheduleRow row) {
        return row.getStartAt().atZone(formats.zone()).toLocalDate().toString();
    }

    private void refresh() {
        due = schedules.remindersDue();
    }

    public List<ScheduleRow> getDue() {
        return due;
    }

    public int getPollSeconds() {
        return POLL_SECONDS;
    }
}
