package org.xtoolscrm.report.daily.job;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.xtoolscrm.company.CompanyCalendar;

/**
 * Checks the date and removes what an earlier run wrote for it, so running a date again
 * gives one report. A restart does not run this step again: the rows written before the
 * failure stay, and the job goes on after its last checkpoint.
 */
@Named
@Dependent
public class DailyReportPreparation extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(DailyReportPreparation.class.getName());

    @Inject
    private JobContext job;

    @Inject
    private DailyReportStore store;

    @Inject
    private DailyReportRuns runs;

    @Override
    public String process() throws Exception {
        LocalDate date = DailyReportParameters.of(job).date();
        LocalDate today = CompanyCalendar.current().today();
        DailyReportParameters.checkBegun(date, today);
        runs.countingFrom(date, Instant.now());
        int removed = store.clear(date);
        LOG.info(() -> "Daily report " + date + " execution " + job.getExecutionId() + ": removed " + removed
                + " rows of an earlier run");
        return "PREPARED";
    }
}
