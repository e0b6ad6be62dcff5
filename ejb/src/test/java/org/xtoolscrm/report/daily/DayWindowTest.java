package org.xtoolscrm.report.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A day in the company's time zone")
class DayWindowTest {

    @Test
    @DisplayName("a day in Shanghai runs from 16:00 UTC the day before to 16:00 UTC")
    void shanghai() {
        DayWindow day = DayWindow.of(LocalDate.of(2026, 3, 31), ZoneId.of("Asia/Shanghai"));
        assertEquals(LocalDateTime.of(2026, 3, 30, 16, 0), day.fromUtc());
        assertEquals(LocalDateTime.of(2026, 3, 31, 16, 0), day.untilUtc());
    }

    @Test
    @DisplayName("the day daylight saving starts is 23 hours long")
    void daylightSaving() {
        DayWindow day = DayWindow.of(LocalDate.of(2026, 3, 29), ZoneId.of("Europe/Berlin"));
        assertEquals(LocalDateTime.of(2026, 3, 28, 23, 0), day.fromUtc());
        assertEquals(LocalDateTime.of(2026, 3, 29, 22, 0), day.untilUtc());
    }

    @Test
    @DisplayName("a week spans from the first day's start to the end of the last")
    void range() {
        DayWindow week = DayWindow.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8), ZoneId.of("Asia/Shanghai"));
        assertEquals(LocalDateTime.of(2026, 3, 1, 16, 0), week.fromUtc());
        assertEquals(LocalDateTime.of(2026, 3, 8, 16, 0), week.untilUtc());
        assertThrows(IllegalArgumentException.class,
                () -> DayWindow.of(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 2), ZoneId.of("UTC")));
    }
}
