package org.xtoolscrm.report.daily.job;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Logs and stores the reason a user's day could not be reported, in the chunk's transaction. */
@Named
@Dependent
public class DailyReportProblemRecorder implements SkipProcessListener {

    private static final Logger LOG = Logger.getLogger(DailyReportProblemRecorder.class.getName());

    @Inject
    private JobContext job;

    @Inject
    private DailyReportStore store;

    @Override
    public void onSkipProcessItem(Object item, Exception exception) throws Exception {
        LocalDate date = DailyReportParameters.of(job).date();
        ReportedUser user = (ReportedUser) item;
        LOG.log(Level.WARNING, "Daily report " + date + " execution " + job.getExecutionId() + ": user "
                + user.id() + " (" + user.login() + ") skipped: " + exception.getMessage(), exception.getCause());
        store.recordProblem(date, user.id(), exception.getMessage(), job.getExecutionId());
    }
}
