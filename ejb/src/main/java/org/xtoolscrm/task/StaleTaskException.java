package org.xtoolscrm.task;

import jakarta.ejb.ApplicationException;

/** Raised when a task was saved by someone else since the caller opened it. */
@ApplicationException(rollback = true)
public class StaleTaskException extends RuntimeException {

    public StaleTaskException(long taskId) {
        super("Task " + taskId + " was changed by someone else since it was opened");
    }
}
