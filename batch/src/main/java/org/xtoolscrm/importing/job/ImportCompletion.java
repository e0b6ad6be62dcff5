package org.xtoolscrm.importing.job;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Deletes an uploaded import file after every row was processed. */
@Named
@Dependent
public class ImportCompletion extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ImportCompletion.class.getName());

    @Inject
    private JobContext job;

    @Inject
    private ImportRecordStore store;

    @Override
    public String process() throws Exception {
        ImportParameters parameters = ImportParameters.of(job);
        if (!parameters.deleteFileWhenDone()) {
            return "KEPT";
        }

        try {
            Files.deleteIfExists(Path.of(parameters.file()));
            store.markFileDeleted(job.getInstanceId());
            return "DELETED";
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Customer import " + job.getInstanceId() + " could not delete its "
                    + "uploaded file " + parameters.file(), e);
            return "KEPT";
        }
    }
}
