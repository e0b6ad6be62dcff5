package org.xtoolscrm.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * Formats instants for display in the company's time zone: the system property
 * {@code crm.time-zone}, else the environment variable {@code CRM_TIME_ZONE}, else
 * the server's default zone.
 */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone = companyZone();

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    public String dateTime(Date date) {
        return date == null ? "" : dateTime(date.toInstant());
    }

    private static ZoneId companyZone() {
        String configured = System.getProperty("crm.time-zone", System.getenv("CRM_TIME_ZONE"));
        return configured == null || configured.isBlank() ? ZoneId.systemDefault() : ZoneId.of(configured);
    }
}
