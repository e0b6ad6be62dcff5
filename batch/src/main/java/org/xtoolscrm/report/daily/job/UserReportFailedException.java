package org.xtoolscrm.report.daily.job;

/**
 * One user's figures could not be computed. The job skips the user, stores the message as
 * the user's problem for the date and goes on with the others.
 */
public class UserReportFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long userId;

    public UserReportFailedException(long userId, String message, Throwable cause) {
        super(message, cause);
        this.userId = userId;
    }

    public long userId() {
        return userId;
    }
}
