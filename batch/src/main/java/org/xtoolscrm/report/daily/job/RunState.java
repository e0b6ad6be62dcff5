package org.xtoolscrm.report.daily.job;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The latest run of a date, as stored in daily_report_run.
 *
 * @param status RUNNING, COMPLETED or FAILED
 * @param executionId the job execution, null while a claimed run has not started
 * @param dataUntil the records counted are those made before this instant
 * @param startedAt when the run was claimed or started
 */
record RunState(LocalDate date, String status, Long executionId, Instant dataUntil, Instant startedAt) {

    static final String RUNNING = "RUNNING";
    static final String COMPLETED = "COMPLETED";
    static final String FAILED = "FAILED";

    boolean isRunning() {
        return RUNNING.equals(status);
    }

    boolean isCompleted() {
        return COMPLETED.equals(status);
    }
}
