package org.xtoolscrm.schedule;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * Settings of the schedules, each a system property or an environment variable
 * (the property wins):
 *
 * <ul>
 * <li>{@code crm.reminder.minutes-before} / {@code CRM_REMINDER_MINUTES_BEFORE}: the reminder
 * a new schedule gets, in minutes before its start, from 0 to {@link ScheduleRules#REMINDER_MAX}
 * (default 15);
 * <li>{@code crm.time-zone} / {@code CRM_TIME_ZONE}: the company's time zone, in which an
 * all-day schedule starts and ends at midnight (default: the server's). The web layer
 * shows times in the same zone.
 * </ul>
 *
 * An invalid value logs a warning and the default applies. The settings are read once,
 * at first use.
 *
 * @param defaultReminderMinutes minutes before the start at which a new schedule reminds its owner
 * @param zone                   the company's time zone
 */
public record ScheduleSettings(int defaultReminderMinutes, ZoneId zone) {

    public static final int DEFAULT_REMINDER_MINUTES = 15;

    private static final Logger LOG = Logger.getLogger(ScheduleSettings.class.getName());
    private static final DateTimeFormatter AUDIT_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter AUDIT_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final class Current {
        private static final ScheduleSettings VALUE = from(System::getProperty, System::getenv);
    }

    /** Returns the settings read once from the server's environment, at first use. */
    public static ScheduleSettings current() {
        return Current.VALUE;
    }

    /** Reads the settings through the given lookups of system properties and environment variables. */
    static ScheduleSettings from(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        int minutes = reminderMinutes(read(properties, environment, "crm.reminder.minutes-before",
                "CRM_REMINDER_MINUTES_BEFORE"));
        ZoneId zone = zone(read(properties, environment, "crm.time-zone", "CRM_TIME_ZONE"));
        return new ScheduleSettings(minutes, zone);
    }

    /** Formats a schedule's time for the change log: the date alone for an all-day schedule. */
    String auditText(Instant instant, boolean allDay) {
        if (instant == null) {
            return null;
        }
        return (allDay ? AUDIT_DATE : AUDIT_DATE_TIME).format(instant.atZone(zone));
    }

    private static String read(UnaryOperator<String> properties, UnaryOperator<String> environment,
                               String property, String variable) {
        String value = properties.apply(property);
        if (value == null || value.isBlank()) {
            value = environment.apply(variable);
        }
        return value == null || value.isBlank() ? null : value.strip();
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

    private static ZoneId zone(String value) {
        if (value == null) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            LOG.warning(() -> "Invalid setting crm.time-zone='" + value + "': expected a zone id such as "
                    + "Asia/Shanghai; using the server's zone " + ZoneId.systemDefault());
            return ZoneId.systemDefault();
        }
    }
}
