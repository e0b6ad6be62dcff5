package org.xtoolscrm.account.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Login attempt")
class LoginAttemptTest {

    @Test
    @DisplayName("Lock key ignores case and surrounding spaces")
    void loginKey() {
        assertEquals("sales1", new LoginAttempt("  Sales1 ", "127.0.0.1", null).loginKey());
    }

    @Test
    @DisplayName("Long values are cut to their column sizes")
    void longValuesAreCut() {
        LoginAttempt attempt = new LoginAttempt("x".repeat(300), "1".repeat(60), "Mozilla/5.0 ".repeat(40));

        assertEquals(LoginAttempt.LOGIN_MAX, attempt.login().length());
        assertEquals(LoginAttempt.IP_ADDRESS_MAX, attempt.ipAddress().length());
        assertEquals(LoginAttempt.USER_AGENT_MAX, attempt.userAgent().length());
    }

    @Test
    @DisplayName("Missing values become empty, a blank user agent null")
    void missingValues() {
        LoginAttempt attempt = new LoginAttempt(null, null, " ");

        assertEquals("", attempt.login());
        assertEquals("", attempt.ipAddress());
        assertNull(attempt.userAgent());
    }
}
