package org.xtoolscrm.operations;

import jakarta.ejb.ApplicationException;

/** Raised when a stop or restart is not allowed for the execution, with the {@link Reason}. */
@ApplicationException
public class JobOperationException extends RuntimeException {

    /** The cause of a rejection. The web module has a message for each. */
    public enum Reason {
        /** The job repository has no such execution of this module's jobs. */
        NOT_FOUND,
        /** Only a starting or running execution can be stopped. */
        NOT_RUNNING,
        /** Only a failed or stopped execution can be restarted. */
        NOT_RESTARTABLE,
        /** A later execution of the same job instance exists; only that one can be restarted. */
        NOT_LATEST
    }

    private final Reason reason;
    private final long executionId;
    private final String batchStatus;

    public JobOperationException(Reason reason, long executionId, String batchStatus, String message) {
        super(message);
        this.reason = reason;
        this.executionId = executionId;
        this.batchStatus = batchStatus;
    }

    public Reason reason() {
        return reason;
    }

    public long executionId() {
        return executionId;
    }

    /** Returns the execution's batch status, or null when it was not found. */
    public String batchStatus() {
        return batchStatus;
    }
}
