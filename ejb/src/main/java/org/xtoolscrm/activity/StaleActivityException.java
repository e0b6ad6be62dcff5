package org.xtoolscrm.activity;

import jakarta.ejb.ApplicationException;

/** Raised when an activity was saved by someone else since the caller opened it. */
@ApplicationException(rollback = true)
public class StaleActivityException extends RuntimeException {

    public StaleActivityException(long activityId) {
        super("Activity " + activityId + " was changed by someone else since it was opened");
    }
}
