package org.xtoolscrm.importing.job;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Finds a running import of the same file: the same content (SHA-256 of the bytes) or the
 * same {@code file} path parameter. Only imports that passed their preparation count, since
 * the preparation records the hash.
 */
@Dependent
class DuplicateImports {

    /**
     * Serializes the check and the recording of the hash, so two preparations of the same
     * file cannot both pass.
     * NOTE: the lock holds within one server; two cluster nodes can still both pass.
     */
    static final ReentrantLock ACCEPT_LOCK = new ReentrantLock();

    @Inject
    private ImportRecordStore store;

    /**
     * Returns a running import, other than {@code ownInstanceId}, of the same content or,
     * when {@code file} is given, the same path.
     */
    Optional<RunningImport> findRunning(String sha256, String file, long ownInstanceId) throws SQLException {
        Set<String> paths = new LinkedHashSet<>();
        if (file != null) {
            paths.add(file);
            try {
                paths.add(Path.of(file).toAbsolutePath().normalize().toString());
            } catch (InvalidPathException e) {
                // The path as given is the only one to compare.
            }
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        for (ImportRecordStore.AcceptedImport candidate : store.acceptedImports(sha256, paths, ownInstanceId)) {
            if (isRunning(operator, candidate.lastExecutionId())) {
                return Optional.of(new RunningImport(candidate.jobInstanceId(), candidate.lastExecutionId(),
                        candidate.fileName(), candidate.startedBy()));
            }
        }
        return Optional.empty();
    }

    private static boolean isRunning(JobOperator operator, long executionId) {
        try {
            BatchStatus status = operator.getJobExecution(executionId).getBatchStatus();
            return status == BatchStatus.STARTING || status == BatchStatus.STARTED
                    || status == BatchStatus.STOPPING;
        } catch (NoSuchJobExecutionException e) {
            return false;
        }
    }
}
