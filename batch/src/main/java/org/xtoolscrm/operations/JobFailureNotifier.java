package org.xtoolscrm.operations;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xtoolscrm.mail.MailService;
import org.xtoolscrm.mail.MailSettings;

/**
 * Logs a failed job execution and, when mail is on, e-mails the batch operators
 * ({@code crm.batch.operator-email}). Every job XML of this module lists it as a job
 * listener, because the Jakarta Batch API has no listener for all jobs.
 */
@Named
@Dependent
public class JobFailureNotifier implements JobListener {

    private static final Logger LOG = Logger.getLogger(JobFailureNotifier.class.getName());

    @Inject
    private JobContext job;

    @Inject
    private ExecutionRepository repository;

    @EJB
    private MailService mail;

    @Override
    public void beforeJob() {
        // Only the end of a job matters here.
    }

    @Override
    public void afterJob() {
        if (job.getBatchStatus() != BatchStatus.FAILED) {
            return;
        }
        String stepFailure = stepFailure();
        LOG.warning(() -> "Job " + job.getJobName() + " execution " + job.getExecutionId() + " (instance "
                + job.getInstanceId() + ") failed with exit status " + job.getExitStatus()
                + (stepFailure == null ? "" : ": " + stepFailure));

        MailSettings settings = MailSettings.current();
        if (!settings.enabled()) {
            return;
        }
        if (settings.operatorAddresses().isEmpty()) {
            LOG.warning(() -> "Mail is on but crm.batch.operator-email is not set; nobody hears of the failure of "
                    + job.getJobName() + " execution " + job.getExecutionId());
            return;
        }
        String exitStatus = job.getExitStatus() == null ? job.getBatchStatus().name() : job.getExitStatus();
        mail.send(settings.operatorAddresses(), FailureMail.subject(job.getJobName(), job.getExecutionId()),
                FailureMail.text(job.getJobName(), job.getExecutionId(), job.getInstanceId(), exitStatus,
                        parameters(), stepFailure));
    }

    private String parameters() {
        try {
            return ParameterText.format(BatchRuntime.getJobOperator().getParameters(job.getExecutionId()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Parameters of job " + job.getJobName() + " execution " + job.getExecutionId()
                    + " could not be read", e);
            return "";
        }
    }

    private String stepFailure() {
        try {
            return repository.stepFailure(job.getExecutionId());
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Step failures of job " + job.getJobName() + " execution " + job.getExecutionId()
                    + " could not be read", e);
            return null;
        }
    }

    /** The text of the failure mail. */
    static final class FailureMail {

        private FailureMail() {
        }

        static String subject(String jobName, long executionId) {
            return "XTools CRM: batch job " + jobName + " failed (execution " + executionId + ")";
        }

        static String text(String jobName, long executionId, long instanceId, String exitStatus, String parameters,
                           String stepFailure) {
            StringBuilder text = new StringBuilder()
                    .append("The batch job ").append(jobName).append(" failed.\n\n")
                    .append("Execution: ").append(executionId).append('\n')
                    .append("Job instance: ").append(instanceId).append('\n')
                    .append("Exit status: ").append(exitStatus).append('\n')
                    .append("Parameters: ").append(parameters.isEmpty() ? "(none)" : parameters).append('\n');
            if (stepFailure != null) {
                text.append("Error: ").append(stepFailure).append('\n');
            }
            text.append("\nA Boss can restart it on the Batch jobs page of XTools CRM, or an operator with\n")
                    .append("restart-job(execution-id=").append(executionId).append(") in the WildFly CLI.\n");
            return text.toString();
        }
    }
}
