package org.xtoolscrm.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xtoolscrm.company.CompanyCalendar;

@DisplayName("Task field rules")
class TaskRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    @DisplayName("Complete form passes")
    void validForm() {
        assertEquals(List.of(), TaskRules.problems(form("Call back about the quote"), TODAY, null));
    }

    @Test
    @DisplayName("Open task due before the company's today is overdue, due today is not")
    void overdue() {
        // 00:00 on 11 March in Shanghai, while it is still 10 March in UTC.
        CompanyCalendar shanghai = new CompanyCalendar(ZoneId.of("Asia/Shanghai"),
                Clock.fixed(Instant.parse("2026-03-10T16:00:00Z"), ZoneOffset.UTC));

        assertTrue(TaskRules.isOverdue(TODAY, false, shanghai), "due on 10 March");
        assertFalse(TaskRules.isOverdue(TODAY.plusDays(1), false, shanghai), "due today");
    }

    @Test
    @DisplayName("Done and undated tasks are never overdue")
    void doneAndUndated() {
        CompanyCalendar calendar = new CompanyCalendar(ZoneOffset.UTC,
                Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC));

        assertTrue(TaskRules.isOverdue(TODAY.minusDays(1), false, calendar), "open and due yesterday");
        assertFalse(TaskRules.isOverdue(TODAY.minusDays(1), true, calendar), "done");
        assertFalse(TaskRules.isOverdue(null, false, calendar), "no due date");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000\t"})
    @DisplayName("Blank subject is missing")
    void subjectMissing(String subject) {
        List<TaskProblem> problems = TaskRules.problems(form(subject), TODAY, null);

        assertEquals(List.of(TaskProblem.of(TaskError.SUBJECT_MISSING)), problems);
        assertEquals("subject", problems.get(0).field());
    }

    @Test
    @DisplayName("Subject of 200 characters passes, 201 do not")
    void subjectLength() {
        assertEquals(List.of(), TaskRules.problems(form("任".repeat(Task.SUBJECT_MAX)), TODAY, null));
        assertEquals(List.of(TaskProblem.of(TaskError.SUBJECT_TOO_LONG, Task.SUBJECT_MAX)),
                TaskRules.problems(form("任".repeat(Task.SUBJECT_MAX + 1)), TODAY, null));
    }

    @Test
    @DisplayName("Surrounding spaces do not count toward the length")
    void subjectStrippedBeforeLength() {
        assertEquals(List.of(), TaskRules.problems(form("  " + "a".repeat(Task.SUBJECT_MAX) + "  "), TODAY, null));
    }

    @Test
    @DisplayName("New due date before today is rejected")
    void dueDateInPast() {
        TaskForm form = form("Send the contract");
        form.setDueDate(TODAY.minusDays(1));

        List<TaskProblem> problems = TaskRules.problems(form, TODAY, null);

        assertEquals(List.of(TaskProblem.of(TaskError.DUE_DATE_IN_PAST, TODAY)), problems);
        assertEquals("dueDate", problems.get(0).field());
    }

    @Test
    @DisplayName("Due today or later passes")
    void dueTodayOrLater() {
        TaskForm today = form("Today");
        today.setDueDate(TODAY);
        TaskForm later = form("Later");
        later.setDueDate(TODAY.plusYears(1));

        assertEquals(List.of(), TaskRules.problems(today, TODAY, null));
        assertEquals(List.of(), TaskRules.problems(later, TODAY, null));
    }

    @Test
    @DisplayName("Unchanged past due date of an edit passes, a changed one does not")
    void pastDueDateOnEdit() {
        LocalDate stored = TODAY.minusDays(5);
        TaskForm unchanged = form("Overdue task");
        unchanged.setDueDate(stored);
        TaskForm moved = form("Overdue task");
        moved.setDueDate(stored.plusDays(1));

        assertEquals(List.of(), TaskRules.problems(unchanged, TODAY, stored));
        assertEquals(List.of(TaskProblem.of(TaskError.DUE_DATE_IN_PAST, TODAY)),
                TaskRules.problems(moved, TODAY, stored));
    }

    @Test
    @DisplayName("Priority is required")
    void priorityMissing() {
        TaskForm form = form("No priority");
        form.setPriority(null);

        assertEquals(List.of(TaskProblem.of(TaskError.PRIORITY_MISSING)), TaskRules.problems(form, TODAY, null));
    }

    @Test
    @DisplayName("Description of 2000 characters passes, 2001 do not")
    void descriptionLength() {
        TaskForm longest = form("Long");
        longest.setDescription("说".repeat(Task.DESCRIPTION_MAX));
        TaskForm tooLong = form("Too long");
        tooLong.setDescription("说".repeat(Task.DESCRIPTION_MAX + 1));

        assertEquals(List.of(), TaskRules.problems(longest, TODAY, null));
        assertEquals(List.of(TaskProblem.of(TaskError.DESCRIPTION_TOO_LONG, Task.DESCRIPTION_MAX)),
                TaskRules.problems(tooLong, TODAY, null));
    }

    @Test
    @DisplayName("Opportunity id must be positive; the service checks the contact")
    void relatedIds() {
        TaskForm form = form("Related");
        form.setContactId(0L);
        form.setOpportunityId(-3L);

        assertEquals(List.of(TaskProblem.of(TaskError.OPPORTUNITY_ID_INVALID, -3L)),
                TaskRules.problems(form, TODAY, null));
    }

    @Test
    @DisplayName("Every broken rule is reported at once")
    void allProblems() {
        TaskForm form = form(" ");
        form.setDueDate(TODAY.minusDays(1));
        form.setPriority(null);
        form.setDescription("x".repeat(Task.DESCRIPTION_MAX + 1));

        InvalidTaskException e = assertThrows(InvalidTaskException.class, () -> TaskRules.check(form, TODAY, null));

        assertEquals(List.of(TaskError.SUBJECT_MISSING, TaskError.DUE_DATE_IN_PAST, TaskError.PRIORITY_MISSING,
                TaskError.DESCRIPTION_TOO_LONG), e.getProblems().stream().map(TaskProblem::error).toList());
        assertTrue(e.has(TaskError.PRIORITY_MISSING));
    }

    @Test
    @DisplayName("Saved text is trimmed, blank text is null")
    void applyCleansText() {
        TaskForm form = form("  Visit the plant  ");
        form.setDescription("   ");
        Task task = new Task();

        TaskRules.apply(form, task);

        assertEquals("Visit the plant", task.getSubject());
        assertNull(task.getDescription());
    }

    @Test
    @DisplayName("Assignee of a user needs the user's id")
    void assigneeNeedsUser() {
        assertThrows(IllegalArgumentException.class, () -> new TaskAssignee(TaskAssignee.Kind.USER, null));
        assertThrows(IllegalArgumentException.class, () -> new TaskAssignee(TaskAssignee.Kind.SCOPE, 4L));
        assertEquals(7L, TaskAssignee.user(7L).userId());
    }

    private static TaskForm form(String subject) {
        TaskForm form = new TaskForm();
        form.setSubject(subject);
        return form;
    }
}
