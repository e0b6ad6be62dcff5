package org.xtoolscrm.attachment;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * Where attachments are stored and how large one may be, each a system property or an
 * environment variable (the property wins):
 *
 * <ul>
 * <li>{@code crm.attachment.dir} / {@code CRM_ATTACHMENT_DIR}: the directory of the stored
 * files (default: {@code crm-attachments} in the server's data directory,
 * {@code jboss.server.data.dir});
 * <li>{@code crm.attachment.max-size-mb} / {@code CRM_ATTACHMENT_MAX_SIZE_MB}: the largest file
 * in MB of 1,048,576 bytes, a whole number from 1 to {@value #MAX_SIZE_MB_LIMIT} (default
 * {@value #DEFAULT_MAX_SIZE_MB}).
 * </ul>
 *
 * An invalid size logs a warning and the default applies.
 *
 * @param directory the absolute directory of the stored files
 * @param maxSizeMb the largest file, in MB
 */
public record AttachmentSettings(Path directory, int maxSizeMb) {

    private static final Logger LOG = Logger.getLogger(AttachmentSettings.class.getName());

    public static final int DEFAULT_MAX_SIZE_MB = 20;

    /**
     * The highest size setting: the Faces servlet's multipart limit in web.xml and Undertow's
     * max-post-size in server-config/04-application.cli are 200 MB, so a larger file never
     * reaches the application.
     */
    public static final int MAX_SIZE_MB_LIMIT = 200;

    /** The directory under the server's data directory when none is configured. */
    public static final String DEFAULT_DIRECTORY_NAME = "crm-attachments";

    private static final long BYTES_PER_MB = 1024L * 1024L;

    private static final class Current {
        private static final AttachmentSettings VALUE = fromEnvironment();
    }

    /** Returns the settings read once from the server's environment, at first use. */
    public static AttachmentSettings current() {
        return Current.VALUE;
    }

    /** Returns the largest file in bytes. */
    public long maxSizeBytes() {
        return maxSizeMb * BYTES_PER_MB;
    }

    static AttachmentSettings fromEnvironment() {
        AttachmentSettings settings = from(System::getProperty, System::getenv);
        LOG.info(() -> "Attachments are stored in " + settings.directory() + ", at most " + settings.maxSizeMb()
                + " MB each");
        return settings;
    }

    /** Reads the settings through the given lookups of system properties and environment variables. */
    static AttachmentSettings from(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String configured = read(properties, environment, "crm.attachment.dir", "CRM_ATTACHMENT_DIR");
        Path directory = configured != null
                ? Path.of(configured)
                : Path.of(firstNonBlank(properties.apply("jboss.server.data.dir"), "."), DEFAULT_DIRECTORY_NAME);
        return new AttachmentSettings(directory.toAbsolutePath().normalize(), maxSizeMb(properties, environment));
    }

    private static int maxSizeMb(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String value = read(properties, environment, "crm.attachment.max-size-mb", "CRM_ATTACHMENT_MAX_SIZE_MB");
        if (value == null) {
            return DEFAULT_MAX_SIZE_MB;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= 1 && number <= MAX_SIZE_MB_LIMIT) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below, like a number out of range.
        }
        LOG.warning(() -> "Invalid setting crm.attachment.max-size-mb / CRM_ATTACHMENT_MAX_SIZE_MB='" + value
                + "': expected a whole number of MB from 1 to " + MAX_SIZE_MB_LIMIT + "; using the default "
                + DEFAULT_MAX_SIZE_MB);
        return DEFAULT_MAX_SIZE_MB;
    }

    private static String read(UnaryOperator<String> properties, UnaryOperator<String> environment, String property,
                               String variable) {
        return firstNonBlank(properties.apply(property), environment.apply(variable));
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        return second == null || second.isBlank() ? null : second.strip();
    }
}
