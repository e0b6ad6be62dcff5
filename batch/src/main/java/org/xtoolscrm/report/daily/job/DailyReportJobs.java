package org.xtoolscrm.report.daily.job;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.Principal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.report.daily.DailyReportSettings;

/** Runs the daily report of a date on a Boss's request, and returns when the nightly run comes. */
@Stateless
@RolesAllowed(Role.BOSS_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DailyReportJobs {

    @Inject
    private DailyReportLauncher launcher;

    @EJB
    private DailyReportScheduler scheduler;

    @Inject
    private Principal caller;

    /**
     * Writes the date's report again, replacing the rows of its last run.
     *
     * @return the id of the job execution
     * @throws DailyReportRefusedException when the date lies after today or is being reported now
     */
    public long run(LocalDate date) throws SQLException {
        LocalDate today = CompanyCalendar.current().today();
        DailyReportParameters.checkBegun(date, today);
        return launcher.run(date, caller.getName());
    }

    /**
     * Goes on with the date's failed run from its last checkpoint: the users written before
     * the failure keep their rows.
     *
     * @return the id of the new job execution
     * @throws DailyReportRefusedException when the date's last run did not fail, or runs now
     */
    public long resume(LocalDate date) throws SQLException {
        return launcher.restart(date, caller.getName());
    }

    /**
     * Writes the reports that are due now: the past days of the catch-up window whose report
     * is missing, failed or preliminary, and today's once the daily time has come.
     *
     * @return the ids of the job executions started
     */
    public List<Long> catchUp() throws SQLException {
        return launcher.runDue(caller.getName(), DailyReportSettings.current().catchUpDays());
    }

    /** Returns when the nightly run fires next. */
    @RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
    public Optional<Instant> nextRun() {
        return scheduler.nextRun();
    }
}
