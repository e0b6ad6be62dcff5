package org.xtoolscrm.report.daily.job;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.report.daily.DayWindow;

/**
 * Reads the users to report, by id. The checkpoint is the id of the last user read, so a
 * restart goes on with the next user.
 */
@Named
@Dependent
public class ReportedUserReader extends AbstractItemReader {

    @Inject
    private JobContext job;

    @Inject
    private DailyReportStore store;

    private Iterator<ReportedUser> users;
    private long lastId;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
        DayWindow day = DayWindow.of(DailyReportParameters.of(job).date(), CompanyCalendar.current().zone());
        users = store.users(day, lastId).iterator();
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
