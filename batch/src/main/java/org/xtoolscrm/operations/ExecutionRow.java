package org.xtoolscrm.operations;

import java.io.Serializable;
import java.time.Instant;

/**
 * One job execution as the operator page lists it. The counts add up the metrics of the
 * execution's steps; a job without chunk steps has zeros.
 *
 * @param parameters     the job parameters as {@code key=value} pairs in key order, see {@link ParameterText}
 * @param skipCount      rows skipped while reading, processing and writing
 * @param failureMessage why the execution failed, or null
 * @param latest         whether it is the latest execution of its job instance, the only one that can be restarted
 */
public record ExecutionRow(long executionId, long instanceId, String jobName, String batchStatus,
                           String exitStatus, String parameters, Instant createTime, Instant startTime,
                           Instant endTime, long readCount, long writeCount, long skipCount, long commitCount,
                           String failureMessage, boolean latest) implements Serializable {

    public boolean isRunning() {
        return "STARTING".equals(batchStatus) || "STARTED".equals(batchStatus) || "STOPPING".equals(batchStatus);
    }

    public boolean isStoppable() {
        return "STARTING".equals(batchStatus) || "STARTED".equals(batchStatus);
    }

    public boolean isRestartable() {
        return latest && ("FAILED".equals(batchStatus) || "STOPPED".equals(batchStatus));
    }

    public boolean isFailed() {
        return "FAILED".equals(batchStatus);
    }

    // Getters for Faces EL, which does not read record components.

    public long getExecutionId() {
        return executionId;
    }

    public long getInstanceId() {
        return instanceId;
    }

    public String getJobName() {
        return jobName;
    }

    public String getBatchStatus() {
        return batchStatus;
    }

    public String getExitStatus() {
        return exitStatus;
    }

    public String getParameters() {
        return parameters;
    }

    public Instant getStartTime() {
        return startTime;
    }

    public Instant getEndTime() {
        return endTime;
    }

    public long getReadCount() {
        return readCount;
    }

    public long getWriteCount() {
        return writeCount;
    }

    public long getSkipCount() {
        return skipCount;
    }

    public long getCommitCount() {
        return commitCount;
    }

    public String getFailureMessage() {
        return failureMessage;
    }
}
