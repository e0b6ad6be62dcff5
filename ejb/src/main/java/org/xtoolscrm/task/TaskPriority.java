package org.xtoolscrm.task;

/** The urgency of a task. The names are stored in {@code task.priority}. */
public enum TaskPriority {
    LOW,
    NORMAL,
    HIGH
}
