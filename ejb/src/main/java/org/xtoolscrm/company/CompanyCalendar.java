package org.xtoolscrm.company;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * The company's calendar: which day an instant falls on in the company's time zone,
 * the system property {@code crm.time-zone}, else the environment variable
 * {@code CRM_TIME_ZONE}, else the server's default zone. The web layer formats times
 * in the same zone, so "today" on a page and in a rule is the same day.
 */
public final class CompanyCalendar {

    private static final Logger LOG = Logger.getLogger(CompanyCalendar.class.getName());
    private static final DateTimeFormatter LOG_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter LOG_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final class Current {
        private static final CompanyCalendar VALUE = new CompanyCalendar(
                zoneFrom(System::getProperty, System::getenv), Clock.systemUTC());
    }

    private final ZoneId zone;
    private final Clock clock;

    /** Creates a calendar for the given zone whose "now" comes from the clock; tests pass a fixed clock. */
    public CompanyCalendar(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    /** Returns the calendar of the configured zone and the system clock, read once at first use. */
    public static CompanyCalendar current() {
        return Current.VALUE;
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Returns today's date in the company's time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** Returns the date on which the instant falls in the company's time zone. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /**
     * Returns whether the date lies before today in the company's time zone. Today's date
     * is not before today until the company's midnight.
     */
    public boolean isBeforeToday(LocalDate date) {
        return date.isBefore(today());
    }

    /**
     * Formats an instant for the change log as the company's clock shows it: the date
     * alone, or the date with hours and minutes.
     */
    public String logText(Instant instant, boolean dateOnly) {
        if (instant == null) {
            return null;
        }
        return (dateOnly ? LOG_DATE : LOG_DATE_TIME).format(instant.atZone(zone));
    }

    /**
     * Reads the zone from the system property, then the environment variable. A value
     * that is not a zone id logs a warning, and the server's default zone applies.
     */
    static ZoneId zoneFrom(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String configured = properties.apply("crm.time-zone");
        if (configured == null || configured.isBlank()) {
            configured = environment.apply("CRM_TIME_ZONE");
        }
        if (configured == null || configured.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(configured.strip());
        } catch (DateTimeException e) {
            String invalid = configured;
            LOG.warning(() -> "crm.time-zone '" + invalid + "' is not a time zone id such as Asia/Shanghai; "
                    + "using the server's zone " + ZoneId.systemDefault());
            return ZoneId.systemDefault();
        }
    }
}
