package org.xtoolscrm.workbench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The periods the workbench shows, computed from one instant in the company's time
 * zone, so a schedule at 23:59 or 00:00 local time falls on the day the user sees
 * on the clock whatever zone the server runs in. Days start at the zone's first
 * instant of the date, which is not always 00:00 where daylight saving time starts
 * at midnight.
 *
 * @param zone the company's time zone
 * @param now  the instant the workbench is computed for
 */
public record DateWindows(ZoneId zone, Instant now) {

    /** The number of days, today included, whose schedules the workbench lists. */
    public static final int SCHEDULE_DAYS = 7;

    /** The number of days, today included, whose payments due the workbench lists. */
    public static final int PAYMENT_DAYS = 30;

    public static DateWindows now(ZoneId zone) {
        return new DateWindows(zone, Instant.now());
    }

    /** Returns today's date in the company's zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }

    /** Returns the schedules' period: from the start of today to the start of the eighth day. */
    public InstantRange schedules() {
        LocalDate today = today();
        return new InstantRange(startOf(today), startOf(today.plusDays(SCHEDULE_DAYS)));
    }

    /** Returns the first and the last due date, both included, of the payments due. */
    public LocalDate[] paymentDueDates() {
        LocalDate today = today();
        return new LocalDate[] {today, today.plusDays(PAYMENT_DAYS - 1L)};
    }

    private Instant startOf(LocalDate date) {
        ZonedDateTime start = date.atStartOfDay(zone);
        return start.toInstant();
    }
}
