package org.xtoolscrm.report.daily.job;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.report.daily.DailyReportSettings;
import org.xtoolscrm.report.daily.DailyTimer;

/**
 * Fires the daily report every day at the configured time in the company's time zone, with
 * a persistent timer: with the timer store in the database, one node of a cluster fires it.
 * Some seconds after every start it also runs the catch-up, which writes the reports of the
 * days the server missed. The timer callbacks run without an application user.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DailyReportScheduler {

    static final String NIGHTLY = "daily-report";
    static final String CATCH_UP = "daily-report-catch-up";

    private static final Logger LOG = Logger.getLogger(DailyReportScheduler.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private DailyReportLauncher launcher;

    @PostConstruct
    void schedule() {
        DailyReportSettings settings = DailyReportSettings.current();
        String zone = CompanyCalendar.current().zone().getId();
        DailyTimer.keep(timers, NIGHTLY, settings.runAt(), CompanyCalendar.current().zone());
        timers.createSingleActionTimer(settings.catchUpDelaySeconds() * 1000L, new TimerConfig(CATCH_UP, false));
        LOG.info(() -> "Daily report runs every day at " + settings.runAt() + " " + zone + "; catch-up of the last "
                + settings.catchUpDays() + " days in " + settings.catchUpDelaySeconds() + " s; next run "
                + nextRun().orElse(null));
    }

    /** Returns when the nightly timer fires next, if it is set. */
    public Optional<Instant> nextRun() {
        return timers.getTimers().stream().filter(timer -> NIGHTLY.equals(timer.getInfo()))
                .map(timer -> timer.getNextTimeout().toInstant()).findFirst();
    }

    @Timeout
    void fire(Timer timer) {
        String startedBy = NIGHTLY.equals(timer.getInfo()) ? "TIMER" : "CATCH_UP";
        try {
            launcher.runDue(startedBy, DailyReportSettings.current().catchUpDays());
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Daily report " + startedBy + " could not check the dates due", e);
        }
    }
}
