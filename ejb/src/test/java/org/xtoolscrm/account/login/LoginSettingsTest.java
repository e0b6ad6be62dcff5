package org.xtoolscrm.account.login;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Login settings")
class LoginSettingsTest {

    @Test
    @DisplayName("Defaults apply when nothing is set")
    void defaults() {
        LoginSettings settings = LoginSettings.from(name -> null, name -> null);

        assertEquals(5, settings.maxFailures());
        assertEquals(Duration.ofMinutes(15), settings.failureWindow());
        assertEquals(Duration.ofMinutes(15), settings.lockDuration());
        assertEquals(14, settings.retentionDays());
        assertEquals(30, settings.sessionTimeoutMinutes());
    }

    @Test
    @DisplayName("System property wins over environment variable")
    void propertyWins() {
        Map<String, String> properties = Map.of("crm.login.max-failures", "3", "crm.session.timeout-minutes", "45");
        Map<String, String> environment = Map.of("CRM_LOGIN_MAX_FAILURES", "9", "CRM_LOGIN_LOCK_MINUTES", "60",
                "CRM_LOGIN_LOG_RETENTION_DAYS", "90", "CRM_LOGIN_FAILURE_WINDOW_MINUTES", "5");

        LoginSettings settings = LoginSettings.from(properties::get, environment::get);

        assertEquals(3, settings.maxFailures());
        assertEquals(45, settings.sessionTimeoutMinutes());
        assertEquals(Duration.ofMinutes(60), settings.lockDuration());
        assertEquals(Duration.ofMinutes(5), settings.failureWindow());
        assertEquals(90, settings.retentionDays());
    }

    @Test
    @DisplayName("Invalid or non-positive values fall back to the default")
    void invalidValues() {
        Map<String, String> properties = Map.of("crm.login.max-failures", "five", "crm.login.lock-minutes", "0",
                "crm.session.timeout-minutes", "-10", "crm.login-log.retention-days", " 7 ");

        LoginSettings settings = LoginSettings.from(properties::get, name -> null);

        assertEquals(5, settings.maxFailures());
        assertEquals(Duration.ofMinutes(15), settings.lockDuration());
        assertEquals(30, settings.sessionTimeoutMinutes());
        assertEquals(7, settings.retentionDays());
    }
}
