package org.xtoolscrm.workbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DateWindowsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    @DisplayName("Today follows the company zone, not UTC")
    void todayInCompanyZone() {
        // 16:30 UTC on 3 December is 00:30 on 4 December in Shanghai.
        DateWindows windows = new DateWindows(SHANGHAI, Instant.parse("2026-12-03T16:30:00Z"));

        assertEquals(LocalDate.of(2026, 12, 4), windows.today());
    }

    @Test
    @DisplayName("Schedules cover seven local days from midnight")
    void scheduleWindowBoundaries() {
        DateWindows windows = new DateWindows(SHANGHAI, Instant.parse("2026-12-04T10:00:00Z"));
        InstantRange range = windows.schedules();

        assertEquals(Instant.parse("2026-12-03T16:00:00Z"), range.from(), "00:00 on 4 December, Shanghai");
        assertEquals(Instant.parse("2026-12-10T16:00:00Z"), range.to(), "00:00 on 11 December, Shanghai");
        assertTrue(range.contains(Instant.parse("2026-12-03T16:00:00Z")), "00:00 today is in");
        assertFalse(range.contains(Instant.parse("2026-12-03T15:59:00Z")), "23:59 yesterday is out");
        assertTrue(range.contains(Instant.parse("2026-12-10T15:59:00Z")), "23:59 on the seventh day is in");
        assertFalse(range.contains(Instant.parse("2026-12-10T16:00:00Z")), "00:00 on the eighth day is out");
    }

    @Test
    @DisplayName("Payments due cover thirty dates from today")
    void paymentWindow() {
        DateWindows windows = new DateWindows(SHANGHAI, Instant.parse("2026-12-04T10:00:00Z"));

        assertArrayEquals(new LocalDate[] {LocalDate.of(2026, 12, 4), LocalDate.of(2027, 1, 2)},
                windows.paymentDueDates());
    }

    @Test
    @DisplayName("Day without local midnight starts at its first instant")
    void daylightSavingAtMidnight() {
        // In Santiago, clocks jumped from 00:00 to 01:00 on 8 September 2024.
        ZoneId santiago = ZoneId.of("America/Santiago");
        DateWindows windows = new DateWindows(santiago, Instant.parse("2024-09-08T12:00:00Z"));

        assertEquals(Instant.parse("2024-09-08T04:00:00Z"), windows.schedules().from(), "01:00 local, UTC-3");
    }

    @Test
    @DisplayName("Empty or reversed period is rejected")
    void reversedRangeRejected() {
        Instant instant = Instant.parse("2026-12-04T00:00:00Z");

        assertThrows(IllegalArgumentException.class, () -> new InstantRange(instant, instant));
        assertThrows(IllegalArgumentException.class, () -> new InstantRange(instant, instant.minusSeconds(1)));
    }
}
