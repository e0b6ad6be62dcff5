package org.xtoolscrm.operations;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xtoolscrm.account.Role;

/**
 * The batch operator's view of this module's jobs: their executions, stop, restart and
 * purge. It sits in the batch module because a {@link JobOperator} reaches only the jobs of its
 * own deployment module. The job names come from the operator, so a job XML added to
 * META-INF/batch-jobs shows up without a change here.
 */
@Stateless
@RolesAllowed(Role.BOSS_NAME)
public class JobOperations {

    private static final Logger LOG = Logger.getLogger(JobOperations.class.getName());

    @Inject
    private ExecutionRepository repository;

    @Resource
    private SessionContext context;

    /** Returns the names of this module's jobs, sorted. */
    public List<String> jobNames() {
        return List.copyOf(new TreeSet<>(BatchRuntime.getJobOperator().getJobNames()));
    }

    public long count(ExecutionFilter filter) {
        try {
            return repository.count(jobNames(), filter);
        } catch (SQLException e) {
            throw failure("Counting job executions", e);
        }
    }

    /** Returns a page of executions in the given order, newest first among equal values. */
    public List<ExecutionRow> findPage(ExecutionFilter filter, ExecutionSortField sort, boolean ascending,
                                       int first, int pageSize) {
        try {
            return repository.findPage(jobNames(), filter, sort, ascending, first, pageSize);
        } catch (SQLException e) {
            throw failure("Reading job executions", e);
        }
    }

    /** Counts failed executions that have not been restarted since. */
    public long countUnresolvedFailures() {
        try {
            return repository.countUnresolvedFailures(jobNames());
        } catch (SQLException e) {
            throw failure("Counting failed job executions", e);
        }
    }

    /** Asks a starting or running execution to stop, which it does at its next checkpoint. */
    public void stop(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution = execution(operator, executionId);
        BatchStatus status = execution.getBatchStatus();
        if (status != BatchStatus.STARTING && status != BatchStatus.STARTED) {
            throw new JobOperationException(JobOperationException.Reason.NOT_RUNNING, executionId, status.name(),
                    "Execution " + executionId + " is " + status + "; only a starting or running execution can be "
                            + "stopped.");
        }
        try {
            operator.stop(executionId);
        } catch (JobExecutionNotRunningException e) {
            throw new JobOperationException(JobOperationException.Reason.NOT_RUNNING, executionId,
                    operator.getJobExecution(executionId).getBatchStatus().name(),
                    "Execution " + executionId + " ended before it could be stopped.");
        }
        LOG.info(() -> "Job " + execution.getJobName() + " execution " + executionId + " stopped by "
                + caller());
    }

    /**
     * Restarts a failed or stopped execution, which must be the latest of its job instance,
     * with its original parameters.
     *
     * @return the id of the new execution
     */
    public long restart(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution = execution(operator, executionId);
        BatchStatus status = execution.getBatchStatus();
        if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
            throw new JobOperationException(JobOperationException.Reason.NOT_RESTARTABLE, executionId, status.name(),
                    "Execution " + executionId + " is " + status + "; only a failed or stopped execution can be "
                            + "restarted.");
        }
        JobInstance instance = operator.getJobInstance(executionId);
        long latest = operator.getJobExecutions(instance).stream()
                .mapToLong(JobExecution::getExecutionId)
                .max()
                .orElse(executionId);
        if (latest != executionId) {
            throw new JobOperationException(JobOperationException.Reason.NOT_LATEST, executionId, status.name(),
                    "Execution " + executionId + " is not the latest of job instance " + instance.getInstanceId()
                            + "; restart execution " + latest + " instead.");
        }
        try {
            long restarted = operator.restart(executionId, new Properties());
            LOG.info(() -> "Job " + execution.getJobName() + " execution " + executionId + " restarted as execution "
                    + restarted + " by " + caller());
            return restarted;
        } catch (JobRestartException e) {
            LOG.log(Level.WARNING, "Job " + execution.getJobName() + " execution " + executionId
                    + " could not be restarted", e);
            throw new JobOperationException(JobOperationException.Reason.NOT_RESTARTABLE, executionId, status.name(),
                    "Execution " + executionId + " could not be restarted: " + e.getMessage());
        }
    }

    /**
     * Deletes the executions that ended more than {@link KeepDays} days ago, see
     * {@link ExecutionRepository#purgeEndedBefore}.
     *
     * @return the number of executions deleted
     */
    public int purge() {
        return purge(jobNames(), KeepDays.current(), "the operator page, by " + caller());
    }

    /** Purges for the page and for {@link ExecutionPurgeSchedule}, and logs the count deleted. */
    static int purge(ExecutionRepository repository, Set<String> jobNames, int keepDays, String trigger) {
        Instant cutoff = Instant.now().minus(Duration.ofDays(keepDays));
        try {
            int deleted = repository.purgeEndedBefore(jobNames, cutoff);
            LOG.info(() -> "Purged " + deleted + " job executions of " + jobNames + " that ended before " + cutoff
                    + " (kept " + keepDays + " days), started from " + trigger);
            return deleted;
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "Purge of job executions of " + jobNames + " before " + cutoff + " failed", e);
            throw new EJBException("Purging job executions failed: " + e.getMessage(), e);
        }
    }

    private int purge(List<String> jobNames, int keepDays, String trigger) {
        return purge(repository, new TreeSet<>(jobNames), keepDays, trigger);
    }

    private JobExecution execution(JobOperator operator, long executionId) {
        try {
            JobExecution execution = operator.getJobExecution(executionId);
            if (!operator.getJobNames().contains(execution.getJobName())) {
                throw new NoSuchJobExecutionException("Execution " + executionId + " belongs to another module");
            }
            return execution;
        } catch (NoSuchJobExecutionException e) {
            throw new JobOperationException(JobOperationException.Reason.NOT_FOUND, executionId, null,
                    "Job execution " + executionId + " does not exist; it may have been purged.");
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static EJBException failure(String operation, SQLException e) {
        LOG.log(Level.SEVERE, operation + " in the job repository failed", e);
        return new EJBException(operation + " failed: " + e.getMessage(), e);
    }
}
