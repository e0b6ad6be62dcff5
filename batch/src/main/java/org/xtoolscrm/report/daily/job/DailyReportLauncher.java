package org.xtoolscrm.report.daily.job;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.report.daily.DailyReportSettings;

/**
 * Starts daily report runs: the runs due at a nightly run or a start of the server, and a
 * run of one date asked for by a Boss. Every start claims its date first, so a date never
 * runs twice at once, in one server or in a cluster.
 */
@Dependent
public class DailyReportLauncher {

    public static final String JOB_NAME = "daily-report";

    private static final Logger LOG = Logger.getLogger(DailyReportLauncher.class.getName());

    @Inject
    private DailyReportRuns runs;

    /**
     * Starts every run due now over the given number of past days, and today's once the daily
     * time has come.
     *
     * @return the ids of the executions started
     */
    public List<Long> runDue(String startedBy, int days) throws SQLException {
        CompanyCalendar calendar = CompanyCalendar.current();
        Instant now = calendar.now();
        LocalDate today = calendar.dateOf(now);
        List<DueRun> due = CatchUpPlan.due(now, calendar.zone(), DailyReportSettings.current().runAt(), days,
                runs.between(today.minusDays(days), today));
        List<Long> started = new ArrayList<>();
        for (DueRun run : due) {
            try {
                if (runs.claim(run.date(), startedBy, now.minus(CatchUpPlan.STALE_AFTER))) {
                    started.add(launch(run, startedBy));
                } else {
                    LOG.info(() -> "Daily report " + run.date() + " is running elsewhere; " + startedBy
                            + " leaves it");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Daily report " + run.date() + " could not be started by " + startedBy, e);
                runs.release(run.date());
            }
        }
        LOG.info(() -> "Daily report " + startedBy + ": " + due.size() + " dates due, executions " + started);
        return started;
    }

    /**
     * Starts a run of one date, replacing its report.
     *
     * @throws DailyReportRefusedException when the date is being reported now
     */
    public long run(LocalDate date, String startedBy) throws SQLException {
        Instant staleBefore = Instant.now().minus(CatchUpPlan.STALE_AFTER);
        if (!runs.claim(date, startedBy, staleBefore)) {
            throw new DailyReportRefusedException("The daily report for " + date + " is being written now. "
                    + "Wait until it ends, then run it again.");
        }
        try {
            return launch(DueRun.fresh(date), startedBy);
        } catch (RuntimeException e) {
            runs.release(date);
            throw e;
        }
    }

    /**
     * Restarts the date's failed run from its last checkpoint.
     *
     * @throws DailyReportRefusedException when the date's last run did not fail, or runs now
     */
    public long restart(LocalDate date, String startedBy) throws SQLException {
        RunState run = runs.between(date, date).get(date);
        if (run == null || run.isCompleted() || run.executionId() == null) {
            throw new DailyReportRefusedException("The daily report for " + date + " has no failed run to go on with. "
                    + "Run the date again instead.");
        }
        if (!runs.claim(date, startedBy, Instant.now().minus(CatchUpPlan.STALE_AFTER))) {
            throw new DailyReportRefusedException("The daily report for " + date + " is being written now. "
                    + "Wait until it ends.");
        }
        try {
            return launch(new DueRun(date, run.executionId()), startedBy);
        } catch (RuntimeException e) {
            runs.release(date);
            throw e;
        }
    }

    private long launch(DueRun run, String startedBy) {
        JobOperator operator = BatchRuntime.getJobOperator();
        if (run.restartExecutionId() != null) {
            try {
                long execution = operator.restart(run.restartExecutionId(), parameters(run.date(), startedBy));
                LOG.info(() -> "Daily report " + run.date() + " execution " + run.restartExecutionId()
                        + " restarted from its last checkpoint as execution " + execution + " by " + startedBy);
                return execution;
            } catch (BatchRuntimeException e) {
                LOG.log(Level.WARNING, "Daily report " + run.date() + " execution " + run.restartExecutionId()
                        + " cannot be restarted; a new run replaces it", e);
            }
        }
        long execution = operator.start(JOB_NAME, parameters(run.date(), startedBy));
        LOG.info(() -> "Daily report " + run.date() + " started as execution " + execution + " by " + startedBy);
        return execution;
    }

    private static Properties parameters(LocalDate date, String startedBy) {
        Properties parameters = new Properties();
        parameters.setProperty(DailyReportParameters.DATE, date.toString());
        parameters.setProperty(DailyReportParameters.STARTED_BY, startedBy);
        return parameters;
    }
}
