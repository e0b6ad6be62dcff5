package org.xtoolscrm.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * reading that fell back to the JVM's zone would get the boundary wrong by eight hours.
 */
@DisplayName("Company calendar")
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
    @DisplayName("At 23:59 today is not yet before today")
    void beforeMidnight() {
        CompanyCalendar calendar = shanghaiAt(BEFORE_MIDNIGHT);

        assertEquals(MARCH_10, calendar.today());
        assertFalse(calendar.isBeforeToday(MARCH_10), "today");
        assertTrue(calendar.isBeforeToday(MARCH_9), "yesterday");
        assertFalse(calendar.isBeforeToday(MARCH_11), "tomorrow");
    }

    @Test
    @DisplayName("At 00:00 yesterday is before today")
    void atMidnight() {
        CompanyCalendar calendar = shanghaiAt(AT_MIDNIGHT);

        assertEquals(MARCH_11, calendar.today(), "Shanghai has moved on while UTC has not");
        assertTrue(calendar.isBeforeToday(MARCH_10), "10 March");
        assertFalse(calendar.isBeforeToday(MARCH_11), "today");
    }

    @Test
    @DisplayName("Same instant in UTC keeps the UTC day")
    void utcCompanyDiffers() {
        CompanyCalendar utc = new CompanyCalendar(ZoneOffset.UTC, Clock.fixed(AT_MIDNIGHT, ZoneOffset.UTC));

        assertEquals(MARCH_10, utc.today());
        assertFalse(utc.isBeforeToday(MARCH_10));
    }

    @Test
    @DisplayName("Change log shows times on the company's clock")
    void logText() {
        CompanyCalendar calendar = shanghaiAt(AT_MIDNIGHT);
        Instant start = Instant.parse("2030-03-01T16:10:00Z");

        assertEquals("2030-03-02 00:10", calendar.logText(start, false));
        assertEquals("2030-03-02", calendar.logText(start, true));
        assertNull(calendar.logText(null, false));
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
