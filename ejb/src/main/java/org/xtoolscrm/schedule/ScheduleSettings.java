package org.xtoolscrm.schedule;

import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * Settings of the schedules: {@code crm.reminder.minutes-before}, a system property, or
 * else the environment variable {@code CRM_REMINDER_MINUTES_BEFORE}. It sets the reminder
 * a new schedule gets, in minutes before its start, from 0 to {@link ScheduleRules#REMINDER_MAX}
 * (default 15). An invalid value logs a warning and the default applies. The setting is read
 * once, at first use. The company's time zone, in which an all-day schedule starts and ends
 * at midnight, comes from {@link org.xtoolscrm.company.CompanyCalendar}.
 *
 * @param defaultReminderMinutes minutes before the start at which a new schedule reminds its owner
 */
public record ScheduleSettings(int defaultReminderMinutes) {

    public static final int DEFAULT_REMINDER_MINUTES = 15;

    private static final Logger LOG = Logger.getLogger(ScheduleSettings.class.getName());

    private static final class Current {
        private static final ScheduleSettings VALUE = from(System::getProperty, System::getenv);
    }

    /** Returns the settings read once from the server's environment, at first use. */
    public static ScheduleSettings current() {
        return Current.VALUE;
    }

    /** Reads the settings through the given lookups of system properties and environment variables. */
    static ScheduleSettings from(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String value = properties.apply("crm.reminder.minutes-before");
        if (value == null || value.isBlank()) {
            value = environment.apply("CRM_REMINDER_MINUTES_BEFORE");
        }
        return new ScheduleSettings(reminderMinutes(value == null || value.isBlank() ? null : value.strip()));
    }

    private static int reminderMinutes(String value) {
        if (value == null) {
            return DEFAULT_REMINDER_MINUTES;
        }
        try {
            int minutes = Integer.parseInt(value);
            if (minutes >= 0 && minutes <= ScheduleRules.REMINDER_MAX) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // Reported below, like a number out of range.
        }
        LOG.warning(() -> "Invalid setting crm.reminder.minutes-before='" + value + "': expected a whole number "
                + "from 0 to " + ScheduleRules.REMINDER_MAX + "; using the default " + DEFAULT_REMINDER_MINUTES);
        return DEFAULT_REMINDER_MINUTES;
    }
}
