package org.xtoolscrm.report.daily.job;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.SQLException;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.money.Rates;
import org.xtoolscrm.report.daily.DayWindow;

/**
 * Computes one user's figures. A user whose figures fail is skipped with the reason, and
 * the job goes on with the next user.
 */
@Named
@Dependent
public class DailyFiguresProcessor implements ItemProcessor {

    @Inject
    private JobContext job;

    @Inject
    private DailyReportStore store;

    @Inject
    private DailyFiguresCalculator calculator;

    private DayWindow day;
    private Rates rates;

    @Override
    public Object processItem(Object item) throws UserReportFailedException, SQLException {
        if (day == null) {
            day = DayWindow.of(DailyReportParameters.of(job).date(), CompanyCalendar.current().zone());
            rates = store.rates();
        }
        return calculator.compute((ReportedUser) item, day, rates);
    }
}
