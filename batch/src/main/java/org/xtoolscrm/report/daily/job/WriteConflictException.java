package org.xtoolscrm.report.daily.job;

/**
 * The database rolled a chunk's transaction back to break a deadlock or a lock wait, as can
 * happen while several dates are written at once. The job retries the chunk.
 */
public class WriteConflictException extends DailyReportWriteException {

    private static final long serialVersionUID = 1L;

    public WriteConflictException(String message) {
        super(message);
    }
}
