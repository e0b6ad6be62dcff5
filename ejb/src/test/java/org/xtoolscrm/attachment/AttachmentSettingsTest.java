package org.xtoolscrm.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Attachment settings")
class AttachmentSettingsTest {

    private static final UnaryOperator<String> NONE = name -> null;

    @Test
    @DisplayName("Defaults to crm-attachments in the server's data directory and 20 MB")
    void defaults() {
        AttachmentSettings settings = AttachmentSettings.from(
                properties(Map.of("jboss.server.data.dir", "/opt/wildfly/standalone/data")), NONE);

        assertEquals(Path.of("/opt/wildfly/standalone/data/crm-attachments"), settings.directory());
        assertEquals(20, settings.maxSizeMb());
        assertEquals(20L * 1024 * 1024, settings.maxSizeBytes());
    }

    @Test
    @DisplayName("System properties win over environment variables")
    void propertiesWin() {
        AttachmentSettings settings = AttachmentSettings.from(
                properties(Map.of("crm.attachment.dir", "/srv/files", "crm.attachment.max-size-mb", "50")),
                properties(Map.of("CRM_ATTACHMENT_DIR", "/env/files", "CRM_ATTACHMENT_MAX_SIZE_MB", "5")));

        assertEquals(Path.of("/srv/files"), settings.directory());
        assertEquals(50, settings.maxSizeMb());
    }

    @Test
    @DisplayName("Environment variables apply without properties")
    void environmentApplies() {
        AttachmentSettings settings = AttachmentSettings.from(NONE,
                properties(Map.of("CRM_ATTACHMENT_DIR", " /env/files ", "CRM_ATTACHMENT_MAX_SIZE_MB", "5")));

        assertEquals(Path.of("/env/files"), settings.directory());
        assertEquals(5, settings.maxSizeMb());
    }

    @Test
    @DisplayName("A relative directory becomes absolute and normalized")
    void relativeDirectoryIsAbsolute() {
        AttachmentSettings settings = AttachmentSettings.from(
                properties(Map.of("crm.attachment.dir", "files/../attachments")), NONE);

        assertEquals(Path.of("attachments").toAbsolutePath(), settings.directory());
    }

    @Test
    @DisplayName("Invalid or out-of-range sizes fall back to the default")
    void invalidSizes() {
        for (String value : new String[] {"0", "-3", "201", "twenty", "1.5", "99999999999"}) {
            AttachmentSettings settings = AttachmentSettings.from(
                    properties(Map.of("crm.attachment.max-size-mb", value)), NONE);
            assertEquals(AttachmentSettings.DEFAULT_MAX_SIZE_MB, settings.maxSizeMb(), value);
        }
        assertEquals(200, AttachmentSettings.from(properties(Map.of("crm.attachment.max-size-mb", "200")), NONE)
                .maxSizeMb());
        assertEquals(1, AttachmentSettings.from(properties(Map.of("crm.attachment.max-size-mb", " 1 ")), NONE)
                .maxSizeMb());
    }

    private static UnaryOperator<String> properties(Map<String, String> values) {
        return values::get;
    }
}
