package org.xtoolscrm.importing.job;

import jakarta.batch.runtime.BatchStatus;
import java.io.Serializable;
import java.util.Date;

/**
 * The state of an import's last execution as the job repository records it.
 *
 * @param exitStatus INVALID when the preparation rejected the owner or the file, {@link #PURGED}
 *                   when the job repository no longer has the execution
 */
public record ImportStatus(long jobInstanceId, Long executionId, BatchStatus batchStatus,
                           String exitStatus, Date startTime, Date endTime) implements Serializable {

    /** The exit status reported for an execution that was purged from the job repository. */
    public static final String PURGED = "PURGED";

    /** Returns whether the import can run again from its last checkpoint. */
    public boolean isRestartable() {
        return batchStatus == BatchStatus.FAILED || batchStatus == BatchStatus.STOPPED;
    }

    public boolean isRunning() {
        return batchStatus == null || batchStatus == BatchStatus.STARTING
                || batchStatus == BatchStatus.STARTED || batchStatus == BatchStatus.STOPPING;
    }
}
