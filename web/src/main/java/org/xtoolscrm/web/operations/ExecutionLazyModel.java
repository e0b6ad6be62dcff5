package org.xtoolscrm.web.operations;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.xtoolscrm.operations.ExecutionFilter;
import org.xtoolscrm.operations.ExecutionRow;
import org.xtoolscrm.operations.ExecutionSortField;
import org.xtoolscrm.operations.JobOperations;

/**
 * Pages, sorts and filters job executions in the job repository through
 * {@link JobOperations}. The column filters give the job name and the batch status;
 * without a sort the newest executions come first.
 */
public class ExecutionLazyModel extends LazyDataModel<ExecutionRow> {

    private static final Map<String, ExecutionSortField> SORT_FIELDS = Map.of(
            "executionId", ExecutionSortField.EXECUTION_ID,
            "instanceId", ExecutionSortField.INSTANCE_ID,
            "jobName", ExecutionSortField.JOB_NAME,
            "batchStatus", ExecutionSortField.BATCH_STATUS,
            "exitStatus", ExecutionSortField.EXIT_STATUS,
            "startTime", ExecutionSortField.START_TIME,
            "endTime", ExecutionSortField.END_TIME);

    private final transient JobOperations operations;

    ExecutionLazyModel(JobOperations operations) {
        this.operations = operations;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(operations.count(toFilter(filterBy)));
    }

    @Override
    public List<ExecutionRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
        ExecutionSortField field = ExecutionSortField.EXECUTION_ID;
        boolean ascending = false;
        for (SortMeta sort : sortBy.values()) {
            ExecutionSortField mapped = SORT_FIELDS.get(sort.getField());
            if (mapped != null && sort.getOrder() != SortOrder.UNSORTED) {
                field = mapped;
                ascending = sort.getOrder() == SortOrder.ASCENDING;
                break;
            }
        }
        ExecutionFilter filter = toFilter(filterBy);
        setRowCount(Math.toIntExact(operations.count(filter)));
        return operations.findPage(filter, field, ascending, first, pageSize);
    }

    @Override
    public String getRowKey(ExecutionRow row) {
        return String.valueOf(row.executionId());
    }

    @Override
    public ExecutionRow getRowData(String rowKey) {
        List<ExecutionRow> page = getWrappedData();
        if (page == null) {
            return null;
        }
        return page.stream().filter(row -> String.valueOf(row.executionId()).equals(rowKey)).findFirst().orElse(null);
    }

    static ExecutionFilter toFilter(Map<String, FilterMeta> filterBy) {
        return new ExecutionFilter(text(filterBy, "jobName"), text(filterBy, "batchStatus"));
    }

    private static String text(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
