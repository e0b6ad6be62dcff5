package org.xtoolscrm.web.importing;

import jakarta.batch.runtime.BatchStatus;
import org.xtoolscrm.importing.job.ImportStatus;

/** The state of an import in the words the page shows. */
public enum ImportState {
    WAITING,
    RUNNING,
    COMPLETED,
    FAILED,
    STOPPED,
    ABANDONED;

    /**
     * Maps the job repository's status. A job that ends at the preparation step
     * (exit status INVALID) shows as failed, since it imported nothing.
     */
    static ImportState of(ImportStatus status) {
        BatchStatus batch = status.batchStatus();
        if (batch == null) {
            return WAITING;
        }
        return switch (batch) {
            case STARTING, STARTED, STOPPING -> RUNNING;
            case COMPLETED -> "INVALID".equals(status.exitStatus()) ? FAILED : COMPLETED;
            case FAILED -> FAILED;
            case STOPPED -> STOPPED;
            case ABANDONED -> ABANDONED;
        };
    }
}
