package org.xtoolscrm.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Mail settings")
class MailSettingsTest {

    private static MailSettings read(Map<String, String> properties, Map<String, String> environment) {
        return MailSettings.from(properties::get, environment::get);
    }

    @Test
    @DisplayName("Mail is off by default")
    void offByDefault() {
        MailSettings settings = read(Map.of(), Map.of());

        assertFalse(settings.enabled());
        assertNull(settings.from());
        assertEquals(List.of(), settings.operatorAddresses());
    }

    @Test
    @DisplayName("Only the word true turns mail on")
    void onlyTrueTurnsMailOn() {
        assertTrue(read(Map.of("crm.mail.enabled", "true"), Map.of()).enabled());
        assertTrue(read(Map.of("crm.mail.enabled", " TRUE "), Map.of()).enabled());
        assertFalse(read(Map.of("crm.mail.enabled", "yes"), Map.of()).enabled());
        assertFalse(read(Map.of("crm.mail.enabled", "1"), Map.of()).enabled());
    }

    @Test
    @DisplayName("System property wins over the environment variable")
    void propertyWins() {
        MailSettings settings = read(
                Map.of("crm.mail.enabled", "false", "crm.mail.from", "crm@example.com"),
                Map.of("CRM_MAIL_ENABLED", "true", "CRM_MAIL_FROM", "other@example.com",
                        "CRM_BATCH_OPERATOR_EMAIL", "ops@example.com"));

        assertFalse(settings.enabled());
        assertEquals("crm@example.com", settings.from());
        assertEquals(List.of("ops@example.com"), settings.operatorAddresses());
    }

    @Test
    @DisplayName("Blank property falls back to the environment variable")
    void blankPropertyFallsBack() {
        MailSettings settings = read(Map.of("crm.mail.enabled", " "), Map.of("CRM_MAIL_ENABLED", "true"));

        assertTrue(settings.enabled());
    }

    @Test
    @DisplayName("Operator list splits at commas and drops invalid entries")
    void operatorList() {
        MailSettings settings = read(
                Map.of("crm.batch.operator-email", " ops@example.com, ,night@ops.example.cn;not-an-address"),
                Map.of());

        assertEquals(List.of("ops@example.com", "night@ops.example.cn"), settings.operatorAddresses());
    }

    @Test
    @DisplayName("Invalid sender is ignored")
    void invalidSenderIgnored() {
        assertNull(read(Map.of("crm.mail.from", "CRM <crm@example.com>"), Map.of()).from());
        assertNull(read(Map.of("crm.mail.from", "crm"), Map.of()).from());
    }

    @Test
    @DisplayName("Address check")
    void addressCheck() {
        assertTrue(MailSettings.isAddress("a.b+c@mail.example.com"));
        assertFalse(MailSettings.isAddress("a@b"));
        assertFalse(MailSettings.isAddress("a b@example.com"));
        assertFalse(MailSettings.isAddress("a@@example.com"));
        assertFalse(MailSettings.isAddress(null));
    }
}
