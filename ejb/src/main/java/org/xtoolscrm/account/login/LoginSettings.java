package org.xtoolscrm.account.login;

import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * Settings of the login step, each a system property or an environment variable
 * (the property wins), in whole numbers greater than zero:
 *
 * <ul>
 * <li>{@code crm.login.max-failures} / {@code CRM_LOGIN_MAX_FAILURES}: failed attempts that lock a
 * login name (default 5);
 * <li>{@code crm.login.failure-window-minutes} / {@code CRM_LOGIN_FAILURE_WINDOW_MINUTES}: the window
 * in which they count, from the first failure (default 15);
 * <li>{@code crm.login.lock-minutes} / {@code CRM_LOGIN_LOCK_MINUTES}: how long the lock lasts (default 15);
 * <li>{@code crm.login-log.retention-days} / {@code CRM_LOGIN_LOG_RETENTION_DAYS}: days the login log
 * keeps an entry before the nightly purge removes it (default 14);
 * <li>{@code crm.session.timeout-minutes} / {@code CRM_SESSION_TIMEOUT_MINUTES}: idle time after which
 * a logged-in session ends (default 30).
 * </ul>
 *
 * An invalid value logs a warning and the default applies.
 */
public record LoginSettings(int maxFailures, Duration failureWindow, Duration lockDuration, int retentionDays,
                            int sessionTimeoutMinutes) {

    private static final Logger LOG = Logger.getLogger(LoginSettings.class.getName());

    private static final class Current {
        private static final LoginSettings VALUE = fromEnvironment();
    }

    /** Returns the settings read once from the server's environment, at first use. */
    public static LoginSettings current() {
        return Current.VALUE;
    }

    static LoginSettings fromEnvironment() {
        LoginSettings settings = from(System::getProperty, System::getenv);
        LOG.info(() -> "Login settings: lock after " + settings.maxFailures() + " failures within "
                + settings.failureWindow().toMinutes() + " min for " + settings.lockDuration().toMinutes()
                + " min; login log kept " + settings.retentionDays() + " days; session timeout "
                + settings.sessionTimeoutMinutes() + " min");
        return settings;
    }

    /** Reads the settings through the given lookups of system properties and environment variables. */
    static LoginSettings from(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        Reader reader = new Reader(properties, environment);
        return new LoginSettings(
                reader.positive("crm.login.max-failures", "CRM_LOGIN_MAX_FAILURES", 5),
                Duration.ofMinutes(reader.positive("crm.login.failure-window-minutes",
                        "CRM_LOGIN_FAILURE_WINDOW_MINUTES", 15)),
                Duration.ofMinutes(reader.positive("crm.login.lock-minutes", "CRM_LOGIN_LOCK_MINUTES", 15)),
                reader.positive("crm.login-log.retention-days", "CRM_LOGIN_LOG_RETENTION_DAYS", 14),
                reader.positive("crm.session.timeout-minutes", "CRM_SESSION_TIMEOUT_MINUTES", 30));
    }

    private record Reader(UnaryOperator<String> properties, UnaryOperator<String> environment) {

        int positive(String property, String variable, int defaultValue) {
            String value = properties.apply(property);
            String source = property;
            if (value == null || value.isBlank()) {
                value = environment.apply(variable);
                source = variable;
            }
            if (value == null || value.isBlank()) {
                return defaultValue;
            }
            try {
                int number = Integer.parseInt(value.strip());
                if (number > 0) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // Reported below, like a number that is not positive.
            }
            String invalid = value;
            String name = source;
            LOG.warning(() -> "Invalid setting " + name + "='" + invalid
                    + "': expected a whole number greater than 0; using the default " + defaultValue);
            return defaultValue;
        }
    }
}
