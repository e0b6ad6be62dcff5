package org.xtoolscrm.report.daily;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * Settings of the nightly daily report, each a system property or else an environment
 * variable, read once at first use. An invalid value logs a warning and the default applies.
 * <ul>
 * <li>{@code crm.daily-report.time} / {@code CRM_DAILY_REPORT_TIME}: when the report runs
 * every day, HH:mm in the company's time zone (default 23:30);</li>
 * <li>{@code crm.daily-report.catch-up-days} / {@code CRM_DAILY_REPORT_CATCH_UP_DAYS}: how
 * many past days are checked, at every start of the server and every nightly run, for a
 * report that is missing, failed or written before its day ended (default 7, from 1 to 366);</li>
 * <li>{@code crm.daily-report.catch-up-delay} / {@code CRM_DAILY_REPORT_CATCH_UP_DELAY}:
 * seconds after the application starts before the catch-up runs (default 60);</li>
 * <li>{@code crm.daily-report.mail-time} / {@code CRM_DAILY_REPORT_MAIL_TIME}: when each Boss
 * and Manager is mailed the day before's report, HH:mm in the company's time zone (default
 * 07:30), when mail is on.</li>
 * </ul>
 */
public record DailyReportSettings(LocalTime runAt, int catchUpDays, int catchUpDelaySeconds, LocalTime mailAt) {

    public static final LocalTime DEFAULT_RUN_AT = LocalTime.of(23, 30);
    public static final int DEFAULT_CATCH_UP_DAYS = 7;
    public static final int MAX_CATCH_UP_DAYS = 366;
    public static final int DEFAULT_CATCH_UP_DELAY = 60;
    public static final LocalTime DEFAULT_MAIL_AT = LocalTime.of(7, 30);

    private static final Logger LOG = Logger.getLogger(DailyReportSettings.class.getName());

    private static final class Current {
        private static final DailyReportSettings VALUE = from(System::getProperty, System::getenv);
    }

    /** Returns the settings read once from the server's environment, at first use. */
    public static DailyReportSettings current() {
        return Current.VALUE;
    }

    /** Reads the settings through the given lookups of system properties and environment variables. */
    static DailyReportSettings from(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        Lookup lookup = new Lookup(properties, environment);
        LocalTime runAt = lookup.read("crm.daily-report.time", "CRM_DAILY_REPORT_TIME", DEFAULT_RUN_AT,
                "a time of day as HH:mm, such as 23:30", value -> LocalTime.parse(value).withSecond(0).withNano(0));
        int days = lookup.read("crm.daily-report.catch-up-days", "CRM_DAILY_REPORT_CATCH_UP_DAYS",
                DEFAULT_CATCH_UP_DAYS, "a whole number from 1 to " + MAX_CATCH_UP_DAYS,
                value -> inRange(Integer.parseInt(value), 1, MAX_CATCH_UP_DAYS));
        int delay = lookup.read("crm.daily-report.catch-up-delay", "CRM_DAILY_REPORT_CATCH_UP_DELAY",
                DEFAULT_CATCH_UP_DELAY, "a whole number of seconds from 1 to 3600",
                value -> inRange(Integer.parseInt(value), 1, 3600));
        LocalTime mailAt = lookup.read("crm.daily-report.mail-time", "CRM_DAILY_REPORT_MAIL_TIME", DEFAULT_MAIL_AT,
                "a time of day as HH:mm, such as 07:30", value -> LocalTime.parse(value).withSecond(0).withNano(0));
        return new DailyReportSettings(runAt, days, delay, mailAt);
    }

    private static int inRange(int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("out of range");
        }
        return value;
    }

    private record Lookup(UnaryOperator<String> properties, UnaryOperator<String> environment) {

        <T> T read(String property, String variable, T fallback, String expected, Function<String, T> parse) {
            String value = properties.apply(property);
            if (value == null || value.isBlank()) {
                value = environment.apply(variable);
            }
            if (value == null || value.isBlank()) {
                return fallback;
            }
            String given = value.strip();
            try {
                return parse.apply(given);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                LOG.warning(() -> "Invalid setting " + property + "='" + given + "': expected " + expected
                        + "; using the default " + fallback);
                return fallback;
            }
        }
    }
}
