package org.xtoolscrm.report.daily;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Whole days in the company's time zone as the database compares them: the first and the
 * last day, and from the first instant of the first day, included, to the first instant of
 * the day after the last, excluded, both as the UTC wall-clock times the DATETIME columns
 * hold. A day with a daylight-saving change is 23 or 25 hours long.
 */
public record DayWindow(LocalDate first, LocalDate last, LocalDateTime fromUtc, LocalDateTime untilUtc) {

    /** Returns the window of one date in the zone. */
    public static DayWindow of(LocalDate date, ZoneId zone) {
        return of(date, date, zone);
    }

    /** Returns the window of the days from the first to the last, both included, in the zone. */
    public static DayWindow of(LocalDate first, LocalDate last, ZoneId zone) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("The period ends on " + last + ", before it starts on " + first);
        }
        return new DayWindow(first, last, utc(first.atStartOfDay(zone).toInstant()),
                utc(last.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    /** Returns the instant at which the last day ends and the next one starts. */
    public Instant end() {
        return untilUtc.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
