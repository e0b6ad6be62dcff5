package org.xtoolscrm.importing.job;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xtoolscrm.importing.ImportProblem;
import org.xtoolscrm.importing.file.RowRejectedException;

/**
 * Stores each row the processor rejected, with row number, column, value and
 * reason, in the transaction of its chunk.
 */
@Named
@Dependent
public class ImportProblemRecorder implements SkipProcessListener {

    private static final Logger LOG = Logger.getLogger(ImportProblemRecorder.class.getName());

    @Inject
    private JobContext job;

    @Inject
    private ImportRecordStore store;

    @Override
    public void onSkipProcessItem(Object item, Exception exception) throws Exception {
        if (!(exception instanceof RowRejectedException rejected)) {
            LOG.log(Level.WARNING, "Customer import " + job.getInstanceId() + " skipped an item for an "
                    + "unexpected reason", exception);
            return;
        }
        LOG.fine(() -> "Customer import " + job.getInstanceId() + " rejected " + rejected.getMessage());
        store.addProblem(job.getInstanceId(), job.getExecutionId(), rejected.rowNumber(),
                ImportProblem.Kind.INVALID, rejected.column(), rejected.value(), rejected.reason());
    }
}
