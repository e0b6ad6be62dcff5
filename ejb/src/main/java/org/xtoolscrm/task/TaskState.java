package org.xtoolscrm.task;

/** Which tasks a list shows by their done flag. */
public enum TaskState {
    OPEN,
    DONE,
    ALL
}
