package org.xtoolscrm.importing.job;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.User;
import org.xtoolscrm.importing.CustomerImport;
import org.xtoolscrm.importing.ImportHistoryService;

/**
 * Starts, restarts and reports customer imports for the web UI. The job operator
 * is taken here because it only sees the jobs of the deployment module that holds
 * the job XML.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class CustomerImportJobs {

    public static final String JOB_NAME = "customer-import";

    private static final Logger LOG = Logger.getLogger(CustomerImportJobs.class.getName());

    @EJB
    private AccessService access;

    @EJB
    private AccountService accounts;

    @EJB
    private ImportHistoryService history;

    @Inject
    private DuplicateImports duplicates;

    /**
     * Stores an uploaded file and starts its import for an owner the caller may
     * choose: oneself, or for a Boss or Manager someone in their scope.
     *
     * @return the job instance id, which identifies the import
     */
    public long startUpload(InputStream content, String fileName, String ownerLogin) {
        User caller = access.currentUser();
        boolean allowed = accounts.assignableOwners().stream()
                .anyMatch(user -> user.getLogin().equals(ownerLogin));
        if (!allowed) {
            throw new ImportNotAllowedException("You cannot import customers for '" + ownerLogin
                    + "': choose yourself or a member of your team.");
        }

        ImportFileStore.StoredFile stored;
        try {
            stored = ImportFileStore.store(content);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Upload of " + fileName + " by " + caller.getLogin() + " could not be stored", e);
            throw new ImportNotAllowedException("The file could not be stored on the server: " + e.getMessage());
        }
        Path file = stored.path();
        rejectIfRunning(stored, fileName, caller);

        Properties parameters = new Properties();
        parameters.setProperty(ImportParameters.FILE, file.toAbsolutePath().toString());
        parameters.setProperty(ImportParameters.FILE_NAME, fileName);
        parameters.setProperty(ImportParameters.OWNER, ownerLogin);
        parameters.setProperty(ImportParameters.STARTED_BY, caller.getLogin());
        parameters.setProperty(ImportParameters.DELETE_FILE_WHEN_DONE, "true");

        JobOperator operator = BatchRuntime.getJobOperator();
        long executionId = operator.start(JOB_NAME, parameters);
        long instanceId = operator.getJobInstance(executionId).getInstanceId();

        LOG.info(() -> "Customer import " + instanceId + " of " + fileName + " for owner " + ownerLogin
                + " started by " + caller.getLogin());
        return instanceId;
    }

    /**
     * Rejects an upload whose content a running import reads already, and deletes its
     * stored copy. The job's preparation checks again, also for CLI starts; this earlier
     * check informs the user at once.
     */
    private void rejectIfRunning(ImportFileStore.StoredFile stored, String fileName, User caller) {
        Optional<RunningImport> running;
        try {
            running = duplicates.findRunning(stored.sha256(), null, -1);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Running imports could not be read for the upload of " + fileName + " by "
                    + caller.getLogin() + "; the job's preparation checks again", e);
            return;
        }
        if (running.isEmpty()) {
            return;
        }
        try {
            Files.deleteIfExists(stored.path());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Rejected upload " + stored.path() + " could not be deleted", e);
        }
        LOG.info(() -> "Upload of " + fileName + " by " + caller.getLogin() + " rejected: import "
                + running.get().jobInstanceId() + " runs with the same content");
        throw new DuplicateImportException(running.get());
    }

    /** Restarts a failed or stopped import from its last checkpoint. */
    public void restart(long jobInstanceId) {
        ImportStatus status = status(jobInstanceId);
        if (!status.isRestartable()) {
            throw new ImportNotAllowedException("Import " + jobInstanceId + " is " + status.batchStatus()
                    + ", so it cannot be restarted; only a failed or stopped import can.");
        }

        long executionId = BatchRuntime.getJobOperator().restart(status.executionId(), new Properties());
        LOG.info(() -> "Customer import " + jobInstanceId + " restarted as execution " + executionId
                + " by " + access.currentUser().getLogin());
    }

    /** Returns the state of an import the caller may see. */
    public ImportStatus status(long jobInstanceId) {
        CustomerImport record = history.getVisible(jobInstanceId);
        if (record.getLastExecutionId() == null) {
            return new ImportStatus(jobInstanceId, null, null, null, null, null);
        }

        JobExecution execution;
        try {
            execution = BatchRuntime.getJobOperator().getJobExecution(record.getLastExecutionId());
        } catch (NoSuchJobExecutionException e) {
            // The batch operator page purged the execution: the import ended long ago and
            // cannot be restarted any more.
            return new ImportStatus(jobInstanceId, record.getLastExecutionId(), BatchStatus.ABANDONED,
                    ImportStatus.PURGED, null, null);
        }
        return new ImportStatus(jobInstanceId, execution.getExecutionId(), execution.getBatchStatus(),
                execution.getExitStatus(), execution.getStartTime(), execution.getEndTime());
    }
}
