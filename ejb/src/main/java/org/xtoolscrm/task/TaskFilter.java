package org.xtoolscrm.task;

import java.io.Serializable;

/**
 * The criteria of a task list.
 *
 * @param state    open, done or all tasks
 * @param assignee whose tasks
 * @param subject  text the subject contains, or null or blank for any subject
 */
public record TaskFilter(TaskState state, TaskAssignee assignee, String subject) implements Serializable {

    public TaskFilter {
        state = state == null ? TaskState.OPEN : state;
        assignee = assignee == null ? TaskAssignee.scope() : assignee;
    }

    /** Returns the open tasks of the given assignee. */
    public static TaskFilter open(TaskAssignee assignee) {
        return new TaskFilter(TaskState.OPEN, assignee, null);
    }
}
