package org.xtoolscrm.report.daily.job;

import jakarta.ejb.ApplicationException;

/**
 * A run of the daily report cannot start: the date has not begun, is being reported now,
 * or has no failed run to go on with. The message names the reason and what to do.
 */
@ApplicationException
public class DailyReportRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DailyReportRefusedException(String message) {
        super(message);
    }
}
