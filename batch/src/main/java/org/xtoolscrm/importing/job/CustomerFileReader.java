package org.xtoolscrm.importing.job;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Optional;
import org.xtoolscrm.importing.file.CsvCustomerFile;
import org.xtoolscrm.importing.file.SourceRow;

/**
 * Reads the rows of the import file. The checkpoint is the number of the last row
 * read, so a restart continues after the last committed chunk. The header mapping
 * goes to the step's transient user data for the processor.
 */
@Named
@Dependent
public class CustomerFileReader extends AbstractItemReader {

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    private CsvCustomerFile file;
    private long lastRow;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        ImportParameters parameters = ImportParameters.of(job);
        file = CsvCustomerFile.open(Path.of(parameters.file()));
        step.setTransientUserData(file.mapping());

        if (checkpoint != null) {
            lastRow = (Long) checkpoint;
            file.skipTo(lastRow);
        }
    }

    @Override
    public Object readItem() throws Exception {
        Optional<SourceRow> row = file.next();
        if (row.isEmpty()) {
            return null;
        }
        lastRow = row.get().rowNumber();
        return row.get();
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRow;
    }

    @Override
    public void close() throws Exception {
        if (file != null) {
            file.close();
        }
    }
}
