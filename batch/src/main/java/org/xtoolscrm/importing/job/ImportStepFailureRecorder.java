package org.xtoolscrm.importing.job;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xtoolscrm.importing.file.InvalidImportFileException;

/**
 * Records why the load step failed on the import's record, so the page shows it:
 * the file's own message for a file that turned out malformed (such as an unclosed
 * quote), a general one otherwise. The rows of committed chunks stay imported, and
 * a restart continues after them.
 */
@Named
@Dependent
public class ImportStepFailureRecorder extends AbstractStepListener {

    private static final Logger LOG = Logger.getLogger(ImportStepFailureRecorder.class.getName());

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Inject
    private ImportRecordStore store;

    @Override
    public void afterStep() throws Exception {
        Exception failure = step.getException();
        if (failure == null) {
            return;
        }

        LOG.log(Level.WARNING, "Customer import " + job.getInstanceId() + " execution " + job.getExecutionId()
                + " failed in step " + step.getStepName(), failure);
        String message = failure instanceof InvalidImportFileException
                ? failure.getMessage() + " Fix the file and restart the import; rows already imported stay."
                : "The import stopped because of a server error (" + failure.getClass().getSimpleName()
                        + "). Restart it; rows already imported stay.";
        store.setFailure(job.getInstanceId(), message);
    }
}
