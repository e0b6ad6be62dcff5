package org.xtoolscrm.report.daily.job;

/**
 * Writing a chunk of report rows failed. It carries the database's message but not the
 * driver's exception, whose class the batch runtime cannot load when it stores the step's
 * failure.
 */
public class DailyReportWriteException extends Exception {

    private static final long serialVersionUID = 1L;

    public DailyReportWriteException(String message) {
        super(message);
    }
}
