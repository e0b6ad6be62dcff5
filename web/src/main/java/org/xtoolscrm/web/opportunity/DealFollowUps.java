package org.xtoolscrm.web.opportunity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.xtoolscrm.activity.ActivityRow;
import org.xtoolscrm.activity.ActivityService;
import org.xtoolscrm.schedule.ScheduleRow;
import org.xtoolscrm.schedule.ScheduleService;
import org.xtoolscrm.task.TaskRow;
import org.xtoolscrm.task.TaskService;
import org.xtoolscrm.web.schedule.ScheduleEditor;
import org.xtoolscrm.web.schedule.CustomerChoice;
import org.xtoolscrm.web.task.TaskEditor;

/**
 * Backs opportunity/tab/follow-up.xhtml: the schedules, tasks and activities that name the
 * deal on the page, read once per request, so a list shows a change as soon as a dialog
 * saved it.
 */
@Named
@RequestScoped
public class DealFollowUps {

    /** The rows each list shows at most; the customer's tabs show the rest. */
    static final int MAX_ROWS = 50;

    @Inject
    private OpportunityView view;

    @Inject
    private TaskEditor taskEditor;

    @Inject
    private ScheduleEditor scheduleEditor;

    @EJB
    private ScheduleService schedules;

    @EJB
    private TaskService tasks;

    @EJB
    private ActivityService activities;

    private List<ScheduleRow> scheduleRows;
    private List<TaskRow> taskRows;
    private List<ActivityRow> activityRows;

    public List<ScheduleRow> getSchedules() {
        if (scheduleRows == null) {
            scheduleRows = schedules.findForOpportunity(view.getOpportunityId(), MAX_ROWS);
        }
        return scheduleRows;
    }

    public List<TaskRow> getTasks() {
        if (taskRows == null) {
            taskRows = tasks.findForOpportunity(view.getOpportunityId(), MAX_ROWS);
        }
        return taskRows;
    }

    public List<ActivityRow> getActivities() {
        if (activityRows == null) {
            activityRows = activities.findForOpportunity(view.getOpportunityId(), MAX_ROWS);
        }
        return activityRows;
    }

    /** Opens the task dialog for a new task of the deal. */
    public void newTask() {
        taskEditor.startNewForDeal(view.getOpportunity().getCustomer().getId(), view.getOpportunityId());
    }

    /** Opens the schedule dialog for a new schedule of the deal. */
    public void newSchedule() {
        var customer = view.getOpportunity().getCustomer();
        scheduleEditor.startNewForDeal(new CustomerChoice(customer.getId(), customer.getName()),
                view.getOpportunityId());
    }
}
