package org.xtoolscrm.expense;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Logger;

/**
 * Today's date in the company's time zone, the day against which an expense date counts
 * as in the future. The zone is the one the web layer shows times in: the system property
 * {@code crm.time-zone}, else the environment variable {@code CRM_TIME_ZONE}, else the
 * server's default zone.
 */
final class CompanyCalendar {

    private static final Logger LOG = Logger.getLogger(CompanyCalendar.class.getName());

    private CompanyCalendar() {
    }

    static LocalDate today() {
        return LocalDate.now(zone());
    }

    static ZoneId zone() {
        String configured = System.getProperty("crm.time-zone", System.getenv("CRM_TIME_ZONE"));
        if (configured == null || configured.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(configured.strip());
        } catch (DateTimeException e) {
            LOG.warning(() -> "Invalid company time zone '" + configured + "' (" + e.getMessage()
                    + "); using the server's zone " + ZoneId.systemDefault());
            return ZoneId.systemDefault();
        }
    }
}
