package org.xtoolscrm.report.daily.job;

import java.time.LocalDate;

/**
 * A date whose report is due: a new run, or the restart of a failed execution from its
 * last checkpoint.
 *
 * @param restartExecutionId the failed execution to restart, null for a new run
 */
record DueRun(LocalDate date, Long restartExecutionId) {

    static DueRun fresh(LocalDate date) {
        return new DueRun(date, null);
    }
}
