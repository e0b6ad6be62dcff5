package org.xtoolscrm.web.schedule;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.ScheduleEvent;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.schedule.CalendarOwners;
import org.xtoolscrm.schedule.CalendarRange;
import org.xtoolscrm.schedule.SchedulePage;
import org.xtoolscrm.schedule.ScheduleService;
import org.xtoolscrm.web.Formats;
import org.xtoolscrm.web.OwnerOption;

/**
 * Backs schedule/calendar.xhtml: whose calendar is shown, the events of the visible range
 * read from the database, and the dialog opened by a click on an empty slot or on an
 * event. A Manager or Boss picks their own calendar, one member's or the whole team's.
 * A salesperson gets their own.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    /** The {@link #getWhose()} value of the caller's own calendar. */
    static final String SELF = "self";

    /** The {@link #getWhose()} value of the caller's whole scope. */
    static final String TEAM = "team";

    /** The FullCalendar view that shows a month; a click there has no time of day. */
    private static final String MONTH_VIEW = "dayGridMonth";

    @EJB
    private ScheduleService schedules;

    @EJB
    private AccountService accounts;

    @EJB
    private AccessService access;

    @Inject
    private Formats formats;

    @Inject
    private ScheduleEditor editor;

    @Inject
    private ScheduleTypes types;

    private String whose = SELF;
    private String view = "timeGridWeek";
    private String date;
    private LocalDate initialDate;
    private List<OwnerOption> members = List.of();
    private final CalendarModel model = new CalendarModel(this);
    private int shown;
    private long total;

    /** Reads the page's parameters: the date to show, and a new schedule asked for by link. */
    public void load() {
        long self = access.currentUser().getId();
        members = accounts.assignableOwners().stream()
                .filter(user -> user.getId() != self)
                .map(OwnerOption::of)
                .toList();
        initialDate = SchedulePrefill.date(date);

        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback()) {
            return;
        }
        Map<String, String> parameters = context.getExternalContext().getRequestParameterMap();
        Optional<SchedulePrefill> prefill = SchedulePrefill.from(parameters);
        if (prefill.isPresent()) {
            editor.startFromLink(prefill.get(), null, false, null);
            if (initialDate == null) {
                initialDate = prefill.get().date();
            }
        }
    }

    /** Reads the schedules of the visible range, as wall-clock times of the company's zone. */
    SchedulePage load(LocalDateTime start, LocalDateTime end) {
        SchedulePage page;
        try {
            page = schedules.findInRange(owners(), CalendarRange.between(start, end, formats.zone()), 0,
                    ScheduleService.MAX_PAGE_SIZE);
        } catch (RecordNotFoundException e) {
            // The chosen member left the caller's team since the page loaded.
            whose = SELF;
            page = schedules.findInRange(owners(), CalendarRange.between(start, end, formats.zone()), 0,
                    ScheduleService.MAX_PAGE_SIZE);
        }
        shown = page.rows().size();
        total = page.total();
        return page;
    }

    /** Opens a new schedule at the clicked slot, or at 09:00 on a day clicked in the month view. */
    public void onDateSelect(SelectEvent<LocalDateTime> event) {
        LocalDateTime clicked = event.getObject();
        if (MONTH_VIEW.equals(view) || clicked.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            clicked = clicked.toLocalDate().atTime(ScheduleFields.DEFAULT_START);
        }
        editor.startNew(clicked, null, false, memberId());
    }

    /** Opens the clicked schedule in the dialog. */
    public void onEventSelect(SelectEvent<ScheduleEvent<?>> event) {
        ScheduleEvent<?> selected = event.getObject();
        if (selected == null) {
            return;
        }
        editor.startEdit(Long.parseLong(selected.getId()), false);
    }

    /** Opens a new schedule at the next full hour. */
    public void startNew() {
        LocalDateTime next = LocalDateTime.now(formats.zone()).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        editor.startNew(next, null, false, memberId());
    }

    /** Returns the calendars chosen, always the caller's own for a salesperson. */
    CalendarOwners owners() {
        if (TEAM.equals(whose) && isTeamChoice()) {
            return CalendarOwners.team();
        }
        Long member = memberId();
        return member == null ? CalendarOwners.self() : CalendarOwners.user(member);
    }

    /** Returns the member whose calendar is shown, or null for the caller's own or the team's. */
    private Long memberId() {
        if (whose == null || SELF.equals(whose) || TEAM.equals(whose)) {
            return null;
        }
        try {
            long id = Long.parseLong(whose);
            return members.stream().anyMatch(member -> member.getId() == id) ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Returns whether events show their owner's name: on the team's calendar. */
    boolean isTeamShown() {
        return owners().kind() == CalendarOwners.Kind.TEAM;
    }

    ScheduleTypes types() {
        return types;
    }

    /** Returns whether the caller may choose whose calendar to see: a Manager or Boss with a team. */
    public boolean isTeamChoice() {
        return !members.isEmpty();
    }

    /** Returns whether the last load left schedules out, because the range held more than a page. */
    public boolean isCapped() {
        return total > shown;
    }

    public int getShown() {
        return shown;
    }

    public long getTotal() {
        return total;
    }

    public CalendarModel getModel() {
        return model;
    }

    public List<OwnerOption> getMembers() {
        return members;
    }

    public String getWhose() {
        return whose;
    }

    public void setWhose(String whose) {
        this.whose = whose;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    /** Returns the date the calendar opens on, or null for today. */
    public LocalDate getInitialDate() {
        return initialDate;
    }

    public ZoneId getZone() {
        return formats.zone();
    }

    public String getZoneId() {
        return formats.zone().getId();
    }
}
