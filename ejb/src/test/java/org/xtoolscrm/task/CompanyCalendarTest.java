package org.xtoolscrm.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The company's day in Asia/Shanghai (UTC+8) while the JVM's default zone is UTC, so a
 * rule that fell back to the JVM's zone would get the boundary wrong by eight hours.
 */
@DisplayName("Company calendar and overdue tasks")
class CompanyCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 23:59 on 10 March in Shanghai, still 10 March in UTC. */
    private static final Instant BEFORE_MIDNIGHT = Instant.parse("2026-03-10T15:59:00Z");
    /** 00:00 on 11 March in Shanghai, still 10 March in UTC. */
    private static final Instant AT_MIDNIGHT = Instant.parse("2026-03-10T16:00:00Z");
    private static final LocalDate MARCH_9 = LocalDate.of(2026, 3, 9);
    private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);
    private static final LocalDate MARCH_11 = LocalDate.of(2026, 3, 11);

    private static TimeZone jvmZone;

    @BeforeAll
    static void runJvmInUtc() {
        jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
    }

    @AfterAll
    static void restoreJvmZone() {
        TimeZone.setDefault(jvmZone);
    }

    @Test
    @DisplayName("At 23:59 the due date of today is not overdue")
    void beforeMidnight() {
        CompanyCalendar calendar = shanghaiAt(BEFORE_MIDNIGHT);

        assertEquals(MARCH_10, calendar.today());
        assertFalse(calendar.isOverdue(MARCH_10, false), "due today");
        assertTrue(calendar.isOverdue(MARCH_9, false), "due yesterday");
        assertFalse(calendar.isOverdue(MARCH_11, false), "due tomorrow");
    }

    @Test
    @DisplayName("At 00:00 yesterday's due date is overdue")
    void atMidnight() {
        CompanyCalendar calendar = shanghaiAt(AT_MIDNIGHT);

        assertEquals(MARCH_11, calendar.today(), "Shanghai has moved on while UTC has not");
        assertTrue(calendar.isOverdue(MARCH_10, false), "due on 10 March");
        assertFalse(calendar.isOverdue(MARCH_11, false), "due today");
    }

    @Test
    @DisplayName("Same instant in UTC keeps the UTC day")
    void utcCompanyDiffers() {
        CompanyCalendar utc = new CompanyCalendar(ZoneOffset.UTC, Clock.fixed(AT_MIDNIGHT, ZoneOffset.UTC));

        assertEquals(MARCH_10, utc.today());
        assertFalse(utc.isOverdue(MARCH_10, false));
    }

    @Test
    @DisplayName("Done and undated tasks are never overdue")
    void doneAndUndated() {
        CompanyCalendar calendar = shanghaiAt(AT_MIDNIGHT);

        assertFalse(calendar.isOverdue(MARCH_9, true), "done");
        assertFalse(calendar.isOverdue(null, false), "no due date");
    }

    @Test
    @DisplayName("Date of an instant is the company's date")
    void dateOfInstant() {
        assertEquals(MARCH_10, shanghaiAt(AT_MIDNIGHT).dateOf(BEFORE_MIDNIGHT));
        assertEquals(MARCH_11, shanghaiAt(AT_MIDNIGHT).dateOf(AT_MIDNIGHT));
    }

    @Test
    @DisplayName("Property wins over the environment variable")
    void propertyWins() {
        ZoneId zone = CompanyCalendar.zoneFrom(Map.of("crm.time-zone", " Asia/Shanghai ")::get,
                Map.of("CRM_TIME_ZONE", "Europe/Berlin")::get);

        assertEquals(SHANGHAI, zone);
    }

    @Test
    @DisplayName("Environment variable applies without the property")
    void environmentVariable() {
        ZoneId zone = CompanyCalendar.zoneFrom(Map.of("crm.time-zone", "")::get,
                Map.of("CRM_TIME_ZONE", "Europe/Berlin")::get);

        assertEquals(ZoneId.of("Europe/Berlin"), zone);
    }

    @Test
    @DisplayName("Invalid or missing zone falls back to the server's")
    void fallback() {
        assertEquals(ZoneId.systemDefault(), CompanyCalendar.zoneFrom(Map.of("crm.time-zone", "Mars/Olympus")::get,
                Map.<String, String>of()::get));
        assertEquals(ZoneId.systemDefault(), CompanyCalendar.zoneFrom(Map.<String, String>of()::get,
                Map.<String, String>of()::get));
    }

    private static CompanyCalendar shanghaiAt(Instant now) {
        return new CompanyCalendar(SHANGHAI, Clock.fixed(now, ZoneOffset.UTC));
    }
}
