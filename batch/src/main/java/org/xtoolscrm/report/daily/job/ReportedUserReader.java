package org.xtoolscrm.report.daily.job;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.logging.Logger;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.report.daily.DayWindow;

/**
 * Reads the users still to report, by id. The rows each chunk commits are the checkpoint:
 * the first step cleared the date, so on a restart the users that have neither a row nor a
 * problem for the date are exactly those whose chunk did not commit. The position the batch
 * runtime keeps is not trusted for this, because after a failed chunk it can lie beyond
 * users that were never written.
 */
@Named
@Dependent
public class ReportedUserReader extends AbstractItemReader {

    private static final Logger LOG = Logger.getLogger(ReportedUserReader.class.getName());

    @Inject
    private JobContext job;

    @Inject
    private DailyReportStore store;

    private Iterator<ReportedUser> users;
    private long lastId;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        DailyReportParameters parameters = DailyReportParameters.of(job);
        List<ReportedUser> toReport = store.usersToReport(DayWindow.of(parameters.date(), CompanyCalendar.current().zone()));
        LOG.info(() -> "Daily report " + parameters.date() + " execution " + job.getExecutionId() + ": "
                + toReport.size() + " users to report" + (checkpoint == null ? "" : " after a restart"));
        users = toReport.iterator();
    }

    @Override
    public Object readItem() {
        if (!users.hasNext()) {
            return null;
        }
        ReportedUser user = users.next();
        lastId = user.id();
        return user;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
