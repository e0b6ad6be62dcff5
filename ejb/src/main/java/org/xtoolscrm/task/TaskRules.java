package org.xtoolscrm.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.xtoolscrm.company.CompanyCalendar;

/**
 * The rules a task's fields follow, checked before it is stored. They need no
 * database, because {@link TaskService} checks that the customer is visible, that the
 * contact is a live contact of that customer and that the owner is assignable. Every
 * broken rule is reported, so a form can mark all its invalid fields at once.
 */
public final class TaskRules {

    private TaskRules() {
    }

    /**
     * Returns the broken rules of the form, in the order of the dialog's fields.
     *
     * @param today           today in the company's time zone
     * @param previousDueDate the due date stored before this edit, or null on create; a
     *                        due date in the past is accepted only when it is unchanged,
     *                        so an overdue task can still be edited
     */
    public static List<TaskProblem> problems(TaskForm form, LocalDate today, LocalDate previousDueDate) {
        List<TaskProblem> problems = new ArrayList<>();
        String subject = clean(form.getSubject());
        if (subject == null) {
            problems.add(TaskProblem.of(TaskError.SUBJECT_MISSING));
        } else if (subject.length() > Task.SUBJECT_MAX) {
            problems.add(TaskProblem.of(TaskError.SUBJECT_TOO_LONG, Task.SUBJECT_MAX));
        }
        LocalDate due = form.getDueDate();
        if (due != null && due.isBefore(today) && !due.equals(previousDueDate)) {
            problems.add(TaskProblem.of(TaskError.DUE_DATE_IN_PAST, today));
        }
        if (form.getPriority() == null) {
            problems.add(TaskProblem.of(TaskError.PRIORITY_MISSING));
        }
        String description = clean(form.getDescription());
        if (description != null && description.length() > Task.DESCRIPTION_MAX) {
            problems.add(TaskProblem.of(TaskError.DESCRIPTION_TOO_LONG, Task.DESCRIPTION_MAX));
        }
        if (form.getOpportunityId() != null && form.getOpportunityId() <= 0) {
            problems.add(TaskProblem.of(TaskError.OPPORTUNITY_ID_INVALID, form.getOpportunityId()));
        }
        return problems;
    }

    /** Raises an {@link InvalidTaskException} with every broken rule, if any. */
    public static void check(TaskForm form, LocalDate today, LocalDate previousDueDate) {
        List<TaskProblem> problems = problems(form, today, previousDueDate);
        if (!problems.isEmpty()) {
            throw new InvalidTaskException(problems);
        }
    }

    /** Writes the checked fields to a task, trimmed, with blank text as null. */
    /**
     * Returns whether a task is overdue: open, and due before today in the company's time
     * zone. A task due today is not overdue until the company's midnight.
     */
    public static boolean isOverdue(LocalDate dueDate, boolean done, CompanyCalendar calendar) {
        return !done && dueDate != null && calendar.isBeforeToday(dueDate);
    }

    static void apply(TaskForm form, Task task) {
        task.setSubject(clean(form.getSubject()));
        task.setDueDate(form.getDueDate());
        task.setPriority(form.getPriority());
        task.setContactId(form.getContactId());
        task.setOpportunityId(form.getOpportunityId());
        task.setDescription(clean(form.getDescription()));
    }

    /** Returns the text without surrounding whitespace, or null when it is blank. */
    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
