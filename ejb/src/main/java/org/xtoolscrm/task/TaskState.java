package org.xtoolscrm.task;

/** The choice of tasks a list shows by their done flag. */
public enum TaskState {
    OPEN,
    DONE,
    ALL
}
