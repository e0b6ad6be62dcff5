package org.xtoolscrm.importing.job;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.xtoolscrm.importing.file.CustomerRowMapper;
import org.xtoolscrm.importing.file.HeaderMapping;
import org.xtoolscrm.importing.file.SourceRow;

/**
 * Maps and validates one row. An invalid row raises RowRejectedException, which
 * the job skips and {@link ImportProblemRecorder} stores.
 */
@Named
@Dependent
public class CustomerRowProcessor implements ItemProcessor {

    @Inject
    private StepContext step;

    private CustomerRowMapper mapper;

    @Override
    public Object processItem(Object item) throws Exception {
        if (mapper == null) {
            mapper = new CustomerRowMapper((HeaderMapping) step.getTransientUserData());
        }
        return mapper.map((SourceRow) item);
    }
}
