package org.xtoolscrm.web.workbench;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.contract.PaymentDueRow;
import org.xtoolscrm.contract.ReceivablesService;
import org.xtoolscrm.opportunity.OpportunityRow;
import org.xtoolscrm.opportunity.OpportunityService;
import org.xtoolscrm.opportunity.OwnerFilter;
import org.xtoolscrm.schedule.CalendarOwners;
import org.xtoolscrm.schedule.CalendarRange;
import org.xtoolscrm.schedule.SchedulePage;
import org.xtoolscrm.schedule.ScheduleRow;
import org.xtoolscrm.schedule.ScheduleService;
import org.xtoolscrm.task.TaskAssignee;
import org.xtoolscrm.task.TaskRow;
import org.xtoolscrm.task.TaskService;
import org.xtoolscrm.workbench.CompanyTotals;
import org.xtoolscrm.workbench.DateWindows;
import org.xtoolscrm.workbench.InstantRange;
import org.xtoolscrm.workbench.WorkbenchService;

/**
 * Backs workbench.xhtml, the start page: the caller's schedules of the next seven
 * days and open tasks, or with the team switch those of everyone in their scope, and
 * the company's figures of this month. Each list reads its service, so it follows the
 * same access rules as every other page.
 */
@Named
@ViewScoped
public class WorkbenchView implements Serializable {

    /** The maximum number of schedules and of tasks the workbench lists. The calendar and the task list show the rest. */
    static final int MAX_ROWS = 20;

    /** The days ahead within which the workbench lists deals expected to sign. */
    static final int DEAL_DAYS = 30;

    @EJB
    private ScheduleService schedules;

    @EJB
    private TaskService tasks;

    @EJB
    private WorkbenchService workbench;

    @EJB
    private OpportunityService opportunities;

    @EJB
    private AccessService access;

    @EJB
    private ReceivablesService receivables;

    private boolean team;
    private DateWindows windows;
    private SchedulePage schedulePage;
    private List<TaskRow> openTasks;
    private long openTaskCount;
    private CompanyTotals totals;
    private List<OpportunityRow> deals;
    private long dealCount;
    private List<PaymentDueRow> paymentsDue;
    private long paymentDueCount;

    @PostConstruct
    void load() {
        windows = DateWindows.now(CompanyCalendar.current().zone());
        totals = workbench.monthTotals(windows.today());
        loadItems();
    }

    /** Reloads the lists after the team switch changed. */
    public void loadItems() {
        boolean withTeam = team && isTeamChoice();
        InstantRange range = windows.schedules();
        schedulePage = schedules.findInRange(withTeam ? CalendarOwners.team() : CalendarOwners.self(),
                new CalendarRange(range.from(), range.to()), 0, MAX_ROWS);
        TaskAssignee assignee = withTeam ? TaskAssignee.scope() : TaskAssignee.caller();
        openTasks = tasks.findOpen(assignee, 0, MAX_ROWS);
        openTaskCount = tasks.countOpen(assignee);
        OwnerFilter owners = withTeam ? OwnerFilter.visible() : OwnerFilter.user(access.currentUser().getId());
        deals = opportunities.signingSoon(owners, DEAL_DAYS, MAX_ROWS);
        dealCount = opportunities.countSigningSoon(owners, DEAL_DAYS);
        paymentsDue = receivables.dueSoon(owners, DateWindows.PAYMENT_DAYS, MAX_ROWS);
        paymentDueCount = receivables.countDueSoon(owners, DateWindows.PAYMENT_DAYS);
    }

    /** Returns the open instalments due within {@value DateWindows#PAYMENT_DAYS} days, and the overdue ones. */
    public List<PaymentDueRow> getPaymentsDue() {
        return paymentsDue;
    }

    /** Returns how many such instalments the list leaves out. */
    public long getMorePayments() {
        return paymentDueCount - paymentsDue.size();
    }

    /** Returns the open deals expected to sign within {@value #DEAL_DAYS} days, and those past their date. */
    public List<OpportunityRow> getDeals() {
        return deals;
    }

    /** Returns how many such deals the list leaves out. */
    public long getMoreDeals() {
        return dealCount - deals.size();
    }

    /** Returns whether a deal's expected signing date has passed while it is still open. */
    public boolean isPastDate(OpportunityRow deal) {
        return deal.expectedSignDate().isBefore(getToday());
    }

    public int getDealDays() {
        return DEAL_DAYS;
    }

    /** Returns whether the caller has a team to switch to: Managers and Bosses. */
    public boolean isTeamChoice() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getExternalContext().isUserInRole("MANAGER") || context.getExternalContext().isUserInRole("BOSS");
    }

    public boolean isTeam() {
        return team;
    }

    public void setTeam(boolean team) {
        this.team = team;
    }

    public List<ScheduleRow> getSchedules() {
        return schedulePage.rows();
    }

    /** Returns how many schedules of the period the list leaves out. */
    public long getMoreSchedules() {
        return schedulePage.total() - schedulePage.rows().size();
    }

    public List<TaskRow> getOpenTasks() {
        return openTasks;
    }

    /** Returns how many open tasks the list leaves out. */
    public long getMoreTasks() {
        return openTaskCount - openTasks.size();
    }

    public CompanyTotals getTotals() {
        return totals;
    }

    public LocalDate getToday() {
        return windows.today();
    }

    /** Returns the last day whose schedules the list shows. */
    public LocalDate getLastScheduleDay() {
        return windows.today().plusDays(DateWindows.SCHEDULE_DAYS - 1L);
    }

    public LocalDate getLastPaymentDay() {
        return windows.paymentDueDates()[1];
    }
}
