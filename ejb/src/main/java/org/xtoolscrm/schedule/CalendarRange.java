package org.xtoolscrm.schedule;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * A span of time on the calendar, the end excluded. Days, weeks and months are those
 * of the given time zone, the company's, so a day is 23 or 25 hours long where the
 * zone changes to or from daylight saving time.
 *
 * @param from the first instant in the range
 * @param to   the first instant after the range
 */
public record CalendarRange(Instant from, Instant to) implements Serializable {

    public CalendarRange {
        if (from == null || to == null || !to.isAfter(from)) {
            throw new IllegalArgumentException("A calendar range needs a start before its end: " + from + " to " + to);
        }
    }

    /** Returns the day of the date, from midnight to midnight in the zone. */
    public static CalendarRange day(LocalDate date, ZoneId zone) {
        return days(date, 1, zone);
    }

    /** Returns the given number of whole days from the date on. */
    public static CalendarRange days(LocalDate first, int count, ZoneId zone) {
        if (count < 1) {
            throw new IllegalArgumentException("A calendar range needs at least one day, not " + count);
        }
        return new CalendarRange(first.atStartOfDay(zone).toInstant(),
                first.plusDays(count).atStartOfDay(zone).toInstant());
    }

    /** Returns the week of the date, from its first day, such as Monday in China. */
    public static CalendarRange week(LocalDate date, DayOfWeek firstDay, ZoneId zone) {
        return days(date.with(TemporalAdjusters.previousOrSame(firstDay)), 7, zone);
    }

    /** Returns the month, from midnight of its first day to midnight of the next month's first day. */
    public static CalendarRange month(YearMonth month, ZoneId zone) {
        return new CalendarRange(month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }

    /** Returns the range between two wall-clock times of the zone, such as the calendar view's visible range. */
    public static CalendarRange between(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        return new CalendarRange(start.atZone(zone).toInstant(), end.atZone(zone).toInstant());
    }
}
