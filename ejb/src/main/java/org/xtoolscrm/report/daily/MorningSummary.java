package org.xtoolscrm.report.daily;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.User;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.mail.MailService;
import org.xtoolscrm.mail.MailSettings;

/**
 * Mails a day's report to every enabled Boss and Manager who has an e-mail address, each
 * the report as they may see it on the page: a Boss the whole company, a Manager their
 * team. Each reader gets it in the language they chose for the pages, Chinese when they
 * chose none. Nothing is sent while mail is off.
 */
@Stateless
@RolesAllowed(Role.BOSS_NAME)
public class MorningSummary {

    private static final Logger LOG = Logger.getLogger(MorningSummary.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private DailyReportService reports;

    @EJB
    private MailService mail;

    /**
     * The outcome of a mailing.
     *
     * @param mailOn whether mail is on; when it is off nothing was tried
     * @param sent readers whose e-mail the SMTP server accepted
     * @param failed readers whose e-mail could not be sent (the server log has the reason)
     * @param withoutAddress Bosses and Managers who have no e-mail address
     */
    public record Mailing(boolean mailOn, int sent, int failed, int withoutAddress) implements Serializable {
    }

    /** Mails the date's report to the Bosses and Managers. */
    public Mailing send(LocalDate date) {
        if (!MailSettings.current().enabled()) {
            LOG.info(() -> "Daily report " + date + " is not mailed: mail is off (crm.mail.enabled)");
            return new Mailing(false, 0, 0, 0);
        }
        ReportPeriod day = ReportPeriod.containing(PeriodKind.DAY, date);
        List<DailyReportRun> runs = reports.runs(day);
        DailyReportRun run = runs.isEmpty() ? null : runs.get(0);
        Instant dataUntil = run == null ? null : run.getDataUntil();
        boolean preliminary = dataUntil != null
                && dataUntil.isBefore(date.plusDays(1).atStartOfDay(CompanyCalendar.current().zone()).toInstant());

        int sent = 0;
        int failed = 0;
        int withoutAddress = 0;
        for (User reader : readers()) {
            if (reader.getEmail() == null || reader.getEmail().isBlank()) {
                withoutAddress++;
                continue;
            }
            DailyReportSummary summary = reports.summaryFor(reader.getId(), day, Figure.ACTIVITIES);
            SummaryMailText.Mail message = SummaryMailText.render(summary, dataUntil, preliminary,
                    locale(reader.getId()), CompanyCalendar.current().zone());
            if (mail.send(List.of(reader.getEmail()), message.subject(), message.text())) {
                sent++;
            } else {
                failed++;
            }
        }
        Mailing mailing = new Mailing(true, sent, failed, withoutAddress);
        LOG.info(() -> "Daily report " + date + " mailed: " + mailing);
        return mailing;
    }

    private List<User> readers() {
        return em.createQuery("SELECT u FROM User u WHERE u.enabled = TRUE AND u.role IN :roles ORDER BY u.id",
                        User.class)
                .setParameter("roles", List.of(Role.BOSS, Role.MANAGER))
                .getResultList();
    }

    private Locale locale(long userId) {
        List<String> languages = em.createQuery("SELECT p.language FROM UserPreference p WHERE p.userId = :id",
                        String.class)
                .setParameter("id", userId)
                .getResultList();
        String language = languages.isEmpty() ? null : languages.get(0);
        return language != null && language.startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
