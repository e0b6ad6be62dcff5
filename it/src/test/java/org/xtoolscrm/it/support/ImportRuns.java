package org.xtoolscrm.it.support;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.importing.job.CustomerImportJobs;
import org.xtoolscrm.importing.job.ImportStatus;

/** Starts customer imports in the container and waits for them to end. */
public final class ImportRuns {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private ImportRuns() {
    }

    public static Path sampleFile(String name) {
        return Path.of(System.getProperty("crm.sample-data.dir"), name);
    }

    public static long start(CustomerImportJobs jobs, String login, String password, Path file, String owner)
            throws Exception {
        return Identities.as(login, password, () -> {
            try (InputStream content = Files.newInputStream(file)) {
                return jobs.startUpload(content, file.getFileName().toString(), owner);
            }
        });
    }

    public static long start(CustomerImportJobs jobs, String login, String password, String fileName,
                             String content, Charset charset, String owner) throws Exception {
        return Identities.as(login, password,
                () -> jobs.startUpload(new ByteArrayInputStream(content.getBytes(charset)), fileName, owner));
    }

    /** Waits until the import's last execution has ended and returns its status. */
    public static ImportStatus awaitEnd(CustomerImportJobs jobs, String login, String password, long instanceId)
            throws Exception {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            ImportStatus status = Identities.as(login, password, () -> {
                try {
                    return jobs.status(instanceId);
                } catch (RecordNotFoundException e) {
                    return null;
                }
            });
            if (status != null && !status.isRunning()) {
                return status;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Import " + instanceId + " did not end within " + TIMEOUT);
    }
}
