package org.xtoolscrm.workbench;

import java.time.ZoneId;

/**
 * The company's time zone, in which "today", "this month" and reminders are meant:
 * the system property {@code crm.time-zone}, else the environment variable
 * {@code CRM_TIME_ZONE}, else the server's default zone.
 */
public final class CompanyTime {

    private CompanyTime() {
    }

    public static ZoneId zone() {
        String configured = System.getProperty("crm.time-zone", System.getenv("CRM_TIME_ZONE"));
        return configured == null || configured.isBlank() ? ZoneId.systemDefault() : ZoneId.of(configured.strip());
    }
}
