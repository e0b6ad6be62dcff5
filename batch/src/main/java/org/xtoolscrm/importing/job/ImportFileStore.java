package org.xtoolscrm.importing.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Keeps uploaded import files until their job completes, so a failed job can be
 * restarted. The directory is the system property {@code crm.import.dir}, else the
 * environment variable {@code CRM_IMPORT_DIR}, else {@code crm/imports} in the
 * server's data directory. Files get a random name; the name the user gave is kept
 * on the import's record only, so it can never point outside the directory.
 */
final class ImportFileStore {

    private ImportFileStore() {
    }

    static Path directory() {
        String configured = System.getProperty("crm.import.dir", System.getenv("CRM_IMPORT_DIR"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("jboss.server.data.dir", "."), "crm", "imports");
    }

    static Path store(InputStream content) throws IOException {
        Path directory = directory();
        Files.createDirectories(directory);

        Path target = directory.resolve(UUID.randomUUID() + ".csv");
        Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }
}
