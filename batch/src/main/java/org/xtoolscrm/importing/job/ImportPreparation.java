package org.xtoolscrm.importing.job;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import org.xtoolscrm.importing.file.CsvCustomerFile;
import org.xtoolscrm.importing.file.InvalidImportFileException;

/**
 * Validates an import's parameters and file before any row is read, and creates
 * the import's record. A problem ends the job with exit status INVALID and puts a
 * message for the user on the record. The job can be restarted once it is fixed.
 *
 * <p>An import of a file that a running import reads already, by content (SHA-256) or
 * by path, is rejected the same way. Both uploads and CLI starts pass this step, so the
 * rule holds for either.
 */
@Named
@Dependent
public class ImportPreparation extends AbstractBatchlet {

    static final String INVALID = "INVALID";

    private static final Logger LOG = Logger.getLogger(ImportPreparation.class.getName());

    @Inject
    private JobContext job;

    @Inject
    private ImportRecordStore store;

    @Inject
    private DuplicateImports duplicates;

    @Override
    public String process() throws Exception {
        ImportParameters parameters = ImportParameters.of(job);
        long instanceId = job.getInstanceId();
        Long ownerId = parameters.owner() == null
                ? null
                : store.enabledUserId(parameters.owner()).orElse(null);

        store.createIfAbsent(instanceId, parameters, ownerId);
        store.setRunning(instanceId, job.getExecutionId(), parameters, ownerId);

        try {
            checkOwner(parameters, ownerId);
            String charset = checkFile(parameters);
            store.setCharset(instanceId, charset);
            acceptUnlessRunning(parameters, instanceId);
            return "VALID";
        } catch (ImportFailedException e) {
            LOG.warning(() -> "Customer import " + instanceId + " (execution " + job.getExecutionId()
                    + ") rejected: " + e.getMessage());
            store.setFailure(instanceId, e.getMessage());
            job.setExitStatus(INVALID);
            return INVALID;
        }
    }

    /**
     * Records the file's hash, which marks the import as accepted, unless another accepted
     * import of the same file still runs.
     */
    private void acceptUnlessRunning(ImportParameters parameters, long instanceId)
            throws ImportFailedException, SQLException {
        String sha256;
        try {
            sha256 = FileHashes.sha256(Path.of(parameters.file()));
        } catch (IOException e) {
            throw new ImportFailedException("File '" + parameters.fileName() + "' could not be read: "
                    + e.getMessage(), e);
        }

        DuplicateImports.ACCEPT_LOCK.lock();
        try {
            Optional<RunningImport> running = duplicates.findRunning(sha256, parameters.file(), instanceId);
            if (running.isPresent()) {
                throw new ImportFailedException(running.get().rejection());
            }
            store.setFileHash(instanceId, sha256);
        } finally {
            DuplicateImports.ACCEPT_LOCK.unlock();
        }
    }

    private static void checkOwner(ImportParameters parameters, Long ownerId) throws ImportFailedException {
        if (parameters.owner() == null) {
            throw new ImportFailedException("The job parameter 'owner' is missing: "
                    + "give the login of the user who will own the imported customers.");
        }
        if (ownerId == null) {
            throw new ImportFailedException("Owner '" + parameters.owner() + "' is not an enabled account: "
                    + "give the login of an enabled user.");
        }
    }

    /** Opens the file once to check that it is a readable CSV file with a name column. */
    private static String checkFile(ImportParameters parameters) throws ImportFailedException {
        if (parameters.file() == null) {
            throw new ImportFailedException("The job parameter 'file' is missing: "
                    + "give the path of the CSV file on the server.");
        }
        Path path = Path.of(parameters.file());
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new ImportFailedException("File '" + parameters.file() + "' does not exist or cannot be read: "
                    + "check the path on the server.");
        }

        try (CsvCustomerFile file = CsvCustomerFile.open(path)) {
            return file.charset().name();
        } catch (InvalidImportFileException e) {
            throw new ImportFailedException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ImportFailedException("File '" + parameters.fileName() + "' could not be read: "
                    + e.getMessage(), e);
        }
    }
}
