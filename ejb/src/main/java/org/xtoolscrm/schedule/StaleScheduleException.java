package org.xtoolscrm.schedule;

import jakarta.ejb.ApplicationException;

/** Raised when a schedule was saved by someone else since the caller opened it. */
@ApplicationException(rollback = true)
public class StaleScheduleException extends RuntimeException {

    public StaleScheduleException(long scheduleId) {
        super("Schedule " + scheduleId + " was changed by someone else since it was opened");
    }
}
