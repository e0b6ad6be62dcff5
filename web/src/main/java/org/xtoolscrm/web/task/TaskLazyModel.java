package org.xtoolscrm.web.task;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.xtoolscrm.task.TaskAssignee;
import org.xtoolscrm.task.TaskFilter;
import org.xtoolscrm.task.TaskRow;
import org.xtoolscrm.task.TaskService;
import org.xtoolscrm.task.TaskSortField;
import org.xtoolscrm.task.TaskState;

/**
 * Pages and sorts a task list in the database through {@link TaskService}: every task
 * the caller may see, or the tasks of one customer. Only the rows of the current page
 * reach the web tier. The filters are set by the page's controls, not by column filters.
 */
public class TaskLazyModel extends LazyDataModel<TaskRow> {

    private static final Map<String, TaskSortField> SORT_FIELDS = Map.of(
            "subject", TaskSortField.SUBJECT,
            "dueDate", TaskSortField.DUE_DATE,
            "priority", TaskSortField.PRIORITY,
            "customerName", TaskSortField.CUSTOMER,
            "ownerName", TaskSortField.OWNER,
            "doneAt", TaskSortField.DONE_AT);

    private final transient TaskService service;
    /** The customer whose tasks to list, or null for every task the caller may see. */
    private final Long customerId;

    private TaskState state = TaskState.OPEN;
    private TaskAssignee assignee = TaskAssignee.scope();
    private String subject;

    TaskLazyModel(TaskService service, Long customerId) {
        this.service = service;
        this.customerId = customerId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        long count = customerId == null ? service.count(filter()) : service.countForCustomer(customerId, state);
        return Math.toIntExact(count);
    }

    @Override
    public List<TaskRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                              Map<String, FilterMeta> filterBy) {
        TaskSortField field = TaskSortField.URGENCY;
        boolean ascending = true;
        for (SortMeta sort : sortBy.values()) {
            TaskSortField mapped = sortField(sort.getField());
            if (mapped != null && sort.getOrder() != SortOrder.UNSORTED) {
                field = mapped;
                ascending = sort.getOrder() == SortOrder.ASCENDING;
                break;
            }
        }
        // The filters may have changed since PrimeFaces counted, so count again for this page.
        setRowCount(count(filterBy));
        if (customerId == null) {
            return service.findPage(filter(), field, ascending, first, pageSize);
        }
        return service.findForCustomer(customerId, state, field, ascending, first, pageSize);
    }

    /** Returns the sort order of a column's field name, or null for a column that does not sort. */
    static TaskSortField sortField(String field) {
        return field == null ? null : SORT_FIELDS.get(field);
    }

    TaskFilter filter() {
        return new TaskFilter(state, assignee, subject);
    }

    @Override
    public String getRowKey(TaskRow row) {
        return String.valueOf(row.getId());
    }

    @Override
    public TaskRow getRowData(String rowKey) {
        List<TaskRow> page = getWrappedData();
        if (page == null) {
            return null;
        }
        return page.stream().filter(row -> String.valueOf(row.getId()).equals(rowKey)).findFirst().orElse(null);
    }

    public TaskState getState() {
        return state;
    }

    public void setState(TaskState state) {
        this.state = state == null ? TaskState.OPEN : state;
    }

    public void setAssignee(TaskAssignee assignee) {
        this.assignee = assignee == null ? TaskAssignee.scope() : assignee;
    }

    public String getSubject() {
        return subject;
    }

    /** Sets the text the subjects must contain; blank text means any subject. */
    public void setSubject(String subject) {
        this.subject = subject == null || subject.isBlank() ? null : subject.strip();
    }
}
