package org.xtoolscrm.report.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Daily report settings")
class DailyReportSettingsTest {

    private static DailyReportSettings read(Map<String, String> properties, Map<String, String> environment) {
        return DailyReportSettings.from(properties::get, environment::get);
    }

    @Test
    @DisplayName("defaults: 23:30, a week of catch-up a minute after the start, mail at 07:30")
    void defaults() {
        assertEquals(new DailyReportSettings(LocalTime.of(23, 30), 7, 60, LocalTime.of(7, 30)), read(Map.of(), Map.of()));
    }

    @Test
    @DisplayName("a system property wins over the environment variable")
    void sources() {
        DailyReportSettings settings = read(Map.of("crm.daily-report.time", "22:05"),
                Map.of("CRM_DAILY_REPORT_TIME", "01:00", "CRM_DAILY_REPORT_CATCH_UP_DAYS", "30",
                        "CRM_DAILY_REPORT_CATCH_UP_DELAY", "5", "CRM_DAILY_REPORT_MAIL_TIME", "08:15"));
        assertEquals(new DailyReportSettings(LocalTime.of(22, 5), 30, 5, LocalTime.of(8, 15)), settings);
    }

    @Test
    @DisplayName("invalid values fall back to the defaults")
    void invalid() {
        assertEquals(new DailyReportSettings(LocalTime.of(23, 30), 7, 60, LocalTime.of(7, 30)),
                read(Map.of("crm.daily-report.time", "half past eleven", "crm.daily-report.catch-up-days", "0",
                        "crm.daily-report.catch-up-delay", "-4", "crm.daily-report.mail-time", "25:00"), Map.of()));
    }
}
