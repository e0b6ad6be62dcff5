package org.xtoolscrm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Calendar ranges in the company time zone")
class CalendarRangeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    @DisplayName("Day runs from local midnight to local midnight")
    void day() {
        CalendarRange range = CalendarRange.day(LocalDate.of(2030, 3, 4), SHANGHAI);

        assertEquals(Instant.parse("2030-03-03T16:00:00Z"), range.from());
        assertEquals(Instant.parse("2030-03-04T16:00:00Z"), range.to());
    }

    @Test
    @DisplayName("Day of a daylight saving change is 23 or 25 hours long")
    void daylightSavingDays() {
        CalendarRange spring = CalendarRange.day(LocalDate.of(2030, 3, 10), NEW_YORK);
        CalendarRange autumn = CalendarRange.day(LocalDate.of(2030, 11, 3), NEW_YORK);

        assertEquals(Duration.ofHours(23), Duration.between(spring.from(), spring.to()));
        assertEquals(Duration.ofHours(25), Duration.between(autumn.from(), autumn.to()));
        assertEquals(Instant.parse("2030-03-10T05:00:00Z"), spring.from());
        assertEquals(Instant.parse("2030-03-11T04:00:00Z"), spring.to());
    }

    @Test
    @DisplayName("Week starts on its first day for any date in it")
    void week() {
        CalendarRange fromWednesday = CalendarRange.week(LocalDate.of(2030, 3, 6), DayOfWeek.MONDAY, SHANGHAI);
        CalendarRange fromMonday = CalendarRange.week(LocalDate.of(2030, 3, 4), DayOfWeek.MONDAY, SHANGHAI);
        CalendarRange fromSunday = CalendarRange.week(LocalDate.of(2030, 3, 10), DayOfWeek.MONDAY, SHANGHAI);

        assertEquals(Instant.parse("2030-03-03T16:00:00Z"), fromWednesday.from());
        assertEquals(Instant.parse("2030-03-10T16:00:00Z"), fromWednesday.to());
        assertEquals(fromWednesday, fromMonday);
        assertEquals(fromWednesday, fromSunday);
    }

    @Test
    @DisplayName("Week can start on Sunday")
    void weekFromSunday() {
        CalendarRange range = CalendarRange.week(LocalDate.of(2030, 3, 6), DayOfWeek.SUNDAY, SHANGHAI);

        assertEquals(LocalDate.of(2030, 3, 3).atStartOfDay(SHANGHAI).toInstant(), range.from());
        assertEquals(LocalDate.of(2030, 3, 10).atStartOfDay(SHANGHAI).toInstant(), range.to());
    }

    @Test
    @DisplayName("Month runs from its first midnight to the next month's")
    void month() {
        CalendarRange february = CalendarRange.month(YearMonth.of(2032, 2), SHANGHAI);
        CalendarRange december = CalendarRange.month(YearMonth.of(2030, 12), SHANGHAI);

        assertEquals(Instant.parse("2032-01-31T16:00:00Z"), february.from());
        assertEquals(Instant.parse("2032-02-29T16:00:00Z"), february.to());
        assertEquals(Duration.ofDays(29), Duration.between(february.from(), february.to()));
        assertEquals(Instant.parse("2030-11-30T16:00:00Z"), december.from());
        assertEquals(Instant.parse("2030-12-31T16:00:00Z"), december.to());
    }

    @Test
    @DisplayName("Next seven days include today and six more")
    void days() {
        CalendarRange range = CalendarRange.days(LocalDate.of(2030, 12, 29), 7, SHANGHAI);

        assertEquals(Instant.parse("2030-12-28T16:00:00Z"), range.from());
        assertEquals(Instant.parse("2031-01-04T16:00:00Z"), range.to());
        assertThrows(IllegalArgumentException.class, () -> CalendarRange.days(LocalDate.of(2030, 1, 1), 0, SHANGHAI));
    }

    @Test
    @DisplayName("Visible range converts wall-clock times of the zone")
    void between() {
        CalendarRange range = CalendarRange.between(LocalDateTime.of(2030, 3, 4, 0, 0),
                LocalDateTime.of(2030, 3, 11, 0, 0), SHANGHAI);

        assertEquals(CalendarRange.week(LocalDate.of(2030, 3, 4), DayOfWeek.MONDAY, SHANGHAI), range);
    }

    @Test
    @DisplayName("Empty or reversed range is rejected")
    void reversedRejected() {
        Instant moment = Instant.parse("2030-03-04T00:00:00Z");

        assertThrows(IllegalArgumentException.class, () -> new CalendarRange(moment, moment));
        assertThrows(IllegalArgumentException.class, () -> new CalendarRange(moment, moment.minusSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new CalendarRange(null, moment));
    }
}
