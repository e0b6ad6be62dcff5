package org.xtoolscrm.importing.job;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.xtoolscrm.importing.ImportProblem;
import org.xtoolscrm.importing.file.ImportedCustomer;

/**
 * Writes a chunk of customers with one JDBC batch. A row whose customer code
 * already exists, in the database or earlier in the same chunk, is stored as a
 * duplicate and skipped, so importing the same file twice does not double the
 * customers.
 */
@Named
@Dependent
public class CustomerImportWriter extends AbstractItemWriter {

    @Inject
    private JobContext job;

    @Inject
    private ImportRecordStore store;

    private long ownerId;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        ownerId = store.ownerId(job.getInstanceId()).orElseThrow(() -> new IllegalStateException(
                "Customer import " + job.getInstanceId() + " has no valid owner"));
    }

    @Override
    public void writeItems(List<Object> items) throws Exception {
        List<ImportedCustomer> customers = items.stream().map(ImportedCustomer.class::cast).toList();
        Set<String> codes = new LinkedHashSet<>();
        customers.stream().map(ImportedCustomer::code).filter(code -> code != null).forEach(codes::add);

        Set<String> existing = store.existingCodes(codes);
        Set<String> taken = new HashSet<>(existing);
        List<ImportedCustomer> fresh = new ArrayList<>();

        for (ImportedCustomer customer : customers) {
            if (customer.code() == null || taken.add(ImportRecordStore.codeKey(customer.code()))) {
                fresh.add(customer);
            } else {
                recordDuplicate(customer);
            }
        }
        store.insertCustomers(fresh, ownerId, job.getInstanceId(), ImportParameters.of(job));
    }

    private void recordDuplicate(ImportedCustomer customer) throws Exception {
        String reason = "A customer with customer code '" + customer.code()
                + "' already exists, so this row was skipped.";
        store.addProblem(job.getInstanceId(), job.getExecutionId(), customer.rowNumber(),
                ImportProblem.Kind.DUPLICATE, null, customer.code(), reason);
    }
}
