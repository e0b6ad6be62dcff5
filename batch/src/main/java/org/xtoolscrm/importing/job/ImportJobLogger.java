package org.xtoolscrm.importing.job;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/** Logs the start and end of each customer import execution. */
@Named
@Dependent
public class ImportJobLogger implements JobListener {

    private static final Logger LOG = Logger.getLogger(ImportJobLogger.class.getName());

    @Inject
    private JobContext job;

    @Override
    public void beforeJob() {
        ImportParameters parameters = ImportParameters.of(job);
        LOG.info(() -> "Customer import " + job.getInstanceId() + " execution " + job.getExecutionId()
                + " started: file " + parameters.fileName() + ", owner " + parameters.owner()
                + ", started by " + parameters.startedBy());
    }

    @Override
    public void afterJob() {
        LOG.info(() -> "Customer import " + job.getInstanceId() + " execution " + job.getExecutionId()
                + " ended with exit status " + job.getExitStatus());
    }
}
