package org.xtoolscrm.task;

/** How urgent a task is. The names are stored in {@code task.priority}. */
public enum TaskPriority {
    LOW,
    NORMAL,
    HIGH
}
