package org.xtoolscrm.importing.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
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

    /** Stores the content under a new name and returns the file with the SHA-256 of its bytes. */
    static StoredFile store(InputStream content) throws IOException {
        Path directory = directory();
        Files.createDirectories(directory);

        Path target = directory.resolve(UUID.randomUUID() + ".csv");
        DigestInputStream hashing = new DigestInputStream(content, FileHashes.newDigest());
        Files.copy(hashing, target, StandardCopyOption.REPLACE_EXISTING);
        return new StoredFile(target, FileHashes.hex(hashing.getMessageDigest().digest()));
    }

    /** An uploaded file as stored, with the SHA-256 of its content in lower-case hex. */
    record StoredFile(Path path, String sha256) {
    }
}
