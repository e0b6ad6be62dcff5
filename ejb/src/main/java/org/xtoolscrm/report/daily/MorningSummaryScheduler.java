package org.xtoolscrm.report.daily;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.mail.MailSettings;

/**
 * Mails the day before's report every morning at the configured time in the company's time
 * zone, when mail is on. The timer is persistent, so with the timer store in the database
 * one node of a cluster sends it. The callback has no application user; it reads the report
 * as a Boss would, and each reader's e-mail shows what that reader may see.
 */
@Singleton
@Startup
@PermitAll
@RunAs(Role.BOSS_NAME)
public class MorningSummaryScheduler {

    static final String MAIL = "daily-report-mail";

    private static final Logger LOG = Logger.getLogger(MorningSummaryScheduler.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private MorningSummary summary;

    @PostConstruct
    void schedule() {
        LocalTime mailAt = DailyReportSettings.current().mailAt();
        String zone = CompanyCalendar.current().zone().getId();
        DailyTimer.keep(timers, MAIL, mailAt, CompanyCalendar.current().zone());
        LOG.info(() -> "The day before's daily report is mailed every day at " + mailAt + " " + zone
                + (MailSettings.current().enabled() ? "" : " once mail is on"));
    }

    @Timeout
    void mail(Timer timer) {
        if (!MailSettings.current().enabled()) {
            return;
        }
        try {
            summary.send(CompanyCalendar.current().today().minusDays(1));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The daily report of the day before could not be mailed", e);
        }
    }
}
