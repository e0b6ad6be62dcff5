package org.xtoolscrm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Schedule settings")
class ScheduleSettingsTest {

    @Test
    @DisplayName("Default applies without settings")
    void defaults() {
        assertEquals(15, ScheduleSettings.from(name -> null, name -> null).defaultReminderMinutes());
    }

    @Test
    @DisplayName("System property wins over the environment variable")
    void propertyWins() {
        ScheduleSettings settings = ScheduleSettings.from(Map.of("crm.reminder.minutes-before", "30")::get,
                Map.of("CRM_REMINDER_MINUTES_BEFORE", "60")::get);

        assertEquals(30, settings.defaultReminderMinutes());
    }

    @Test
    @DisplayName("Environment variable applies without the property")
    void environmentApplies() {
        ScheduleSettings settings = ScheduleSettings.from(name -> null,
                Map.of("CRM_REMINDER_MINUTES_BEFORE", " 0 ")::get);

        assertEquals(0, settings.defaultReminderMinutes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "ten", "10081", "1.5"})
    @DisplayName("Invalid reminder minutes fall back to 15")
    void invalidMinutes(String value) {
        ScheduleSettings settings = ScheduleSettings.from(Map.of("crm.reminder.minutes-before", value)::get,
                name -> null);

        assertEquals(ScheduleSettings.DEFAULT_REMINDER_MINUTES, settings.defaultReminderMinutes());
    }
}
