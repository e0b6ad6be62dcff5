package org.xtoolscrm.report.daily.job;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps the date's run row up to date and logs the start and end of each execution. */
@Named
@Dependent
public class DailyReportRunListener implements JobListener {

    private static final Logger LOG = Logger.getLogger(DailyReportRunListener.class.getName());

    @Inject
    private JobContext job;

    @Inject
    private DailyReportStore store;

    @Inject
    private DailyReportRuns runs;

    @Override
    public void beforeJob() throws Exception {
        DailyReportParameters parameters;
        try {
            parameters = DailyReportParameters.of(job);
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "Daily report execution " + job.getExecutionId() + " has no valid date: "
                    + e.getMessage());
            return;
        }
        runs.started(parameters.date(), job.getExecutionId(), parameters.startedBy());
        LOG.info(() -> "Daily report " + parameters.date() + " execution " + job.getExecutionId()
                + " started by " + parameters.startedBy());
    }

    @Override
    public void afterJob() {
        DailyReportParameters parameters;
        try {
            parameters = DailyReportParameters.of(job);
        } catch (IllegalArgumentException e) {
            return;
        }
        BatchStatus batchStatus = job.getBatchStatus();
        boolean failed = batchStatus == BatchStatus.FAILED || batchStatus == BatchStatus.STOPPING
                || batchStatus == BatchStatus.STOPPED;
        try {
            int[] counts = store.writtenAndFailed(parameters.date());
            runs.finished(parameters.date(), job.getExecutionId(), failed ? RunState.FAILED : RunState.COMPLETED,
                    counts[0], counts[1]);
            LOG.info(() -> "Daily report " + parameters.date() + " execution " + job.getExecutionId() + " ended "
                    + (failed ? batchStatus : "COMPLETED") + ": " + counts[0] + " users written, " + counts[1]
                    + " users failed");
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Daily report " + parameters.date() + " execution " + job.getExecutionId()
                    + " could not record its end", e);
        }
    }
}
