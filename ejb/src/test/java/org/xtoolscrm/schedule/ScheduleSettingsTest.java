package org.xtoolscrm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Schedule settings")
class ScheduleSettingsTest {

    @Test
    @DisplayName("Defaults apply without settings")
    void defaults() {
        ScheduleSettings settings = ScheduleSettings.from(name -> null, name -> null);

        assertEquals(15, settings.defaultReminderMinutes());
        assertEquals(ZoneId.systemDefault(), settings.zone());
    }

    @Test
    @DisplayName("System property wins over the environment variable")
    void propertyWins() {
        Map<String, String> properties = Map.of("crm.reminder.minutes-before", "30", "crm.time-zone", "Asia/Shanghai");
        Map<String, String> environment = Map.of("CRM_REMINDER_MINUTES_BEFORE", "60", "CRM_TIME_ZONE", "UTC");

        ScheduleSettings settings = ScheduleSettings.from(properties::get, environment::get);

        assertEquals(30, settings.defaultReminderMinutes());
        assertEquals(ZoneId.of("Asia/Shanghai"), settings.zone());
    }

    @Test
    @DisplayName("Environment variable applies without the property")
    void environmentApplies() {
        Map<String, String> environment = Map.of("CRM_REMINDER_MINUTES_BEFORE", " 0 ", "CRM_TIME_ZONE", "Europe/Berlin");

        ScheduleSettings settings = ScheduleSettings.from(name -> null, environment::get);

        assertEquals(0, settings.defaultReminderMinutes());
        assertEquals(ZoneId.of("Europe/Berlin"), settings.zone());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "ten", "10081", "1.5"})
    @DisplayName("Invalid reminder minutes fall back to 15")
    void invalidMinutes(String value) {
        ScheduleSettings settings = ScheduleSettings.from(Map.of("crm.reminder.minutes-before", value)::get,
                name -> null);

        assertEquals(ScheduleSettings.DEFAULT_REMINDER_MINUTES, settings.defaultReminderMinutes());
    }

    @Test
    @DisplayName("Invalid zone falls back to the server's")
    void invalidZone() {
        ScheduleSettings settings = ScheduleSettings.from(Map.of("crm.time-zone", "Mars/Olympus")::get, name -> null);

        assertEquals(ZoneId.systemDefault(), settings.zone());
    }

    @Test
    @DisplayName("Change log shows times on the company's clock")
    void auditText() {
        ScheduleSettings settings = new ScheduleSettings(15, ZoneId.of("Asia/Shanghai"));
        Instant start = Instant.parse("2030-03-01T16:10:00Z");

        assertEquals("2030-03-02 00:10", settings.auditText(start, false));
        assertEquals("2030-03-02", settings.auditText(start, true));
    }
}
