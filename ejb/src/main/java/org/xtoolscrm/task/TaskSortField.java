package org.xtoolscrm.task;

/**
 * The orders of a task list. Every order ends with the id, so paging is stable, and
 * tasks without a due date come last in both directions of a due date order.
 */
public enum TaskSortField {

    /**
     * Open before done, then by due date with undated tasks last, then high priority
     * first. Overdue tasks come first because their due dates are the earliest. The
     * direction does not apply.
     */
    URGENCY,
    DUE_DATE,
    SUBJECT,
    PRIORITY,
    CUSTOMER,
    OWNER,
    DONE_AT,
    UPDATED_AT;

    private static final String UNDATED_LAST = "CASE WHEN t.dueDate IS NULL THEN 1 ELSE 0 END";

    /**
     * Returns the JPQL ORDER BY items, with {@code t} for the task, {@code c} for its
     * customer and {@code o} for its owner.
     */
    String orderBy(boolean ascending) {
        String direction = ascending ? " ASC" : " DESC";
        return switch (this) {
            // The columns of the owner index, so a user's open tasks come from it in order.
            case URGENCY -> "t.done ASC, t.dueOrder ASC, t.priorityRank DESC, t.id ASC";
            case DUE_DATE -> UNDATED_LAST + ", t.dueDate" + direction + ", t.id" + direction;
            case SUBJECT -> "t.subject" + direction + ", t.id" + direction;
            case PRIORITY -> "t.priorityRank" + direction + ", t.dueOrder ASC, t.id" + direction;
            case CUSTOMER -> "c.name" + direction + ", t.id" + direction;
            case OWNER -> "o.displayName" + direction + ", t.id" + direction;
            case DONE_AT -> "t.doneAt" + direction + ", t.id" + direction;
            case UPDATED_AT -> "t.updatedAt" + direction + ", t.id" + direction;
        };
    }
}
