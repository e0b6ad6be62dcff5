package org.xtoolscrm.web.expense;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.xtoolscrm.expense.ExpenseFilter;
import org.xtoolscrm.expense.ExpenseRow;
import org.xtoolscrm.expense.ExpenseService;
import org.xtoolscrm.expense.ExpenseSortField;

/**
 * Pages and sorts an expense list in the database through {@link ExpenseService}: the
 * expenses of one customer, or those matching a filter. Only the rows of the current
 * page reach the web tier. Without a sort, the newest expenses come first.
 */
public class ExpenseLazyModel extends LazyDataModel<ExpenseRow> {

    private static final Map<String, ExpenseSortField> SORT_FIELDS = Map.of(
            "date", ExpenseSortField.DATE,
            "amount", ExpenseSortField.AMOUNT,
            "status", ExpenseSortField.STATUS,
            "customerName", ExpenseSortField.CUSTOMER,
            "filedByName", ExpenseSortField.FILED_BY,
            "decidedAt", ExpenseSortField.DECIDED_AT);

    private final transient ExpenseService service;

    /** The customer whose expenses the list shows, or null for a list by filter. */
    private final Long customerId;

    private ExpenseFilter filter;

    private ExpenseLazyModel(ExpenseService service, Long customerId, ExpenseFilter filter) {
        this.service = service;
        this.customerId = customerId;
        this.filter = filter;
    }

    /** Returns a model of one customer's expenses; the service checks that the caller sees the customer. */
    static ExpenseLazyModel ofCustomer(ExpenseService service, long customerId) {
        return new ExpenseLazyModel(service, customerId, null);
    }

    /** Returns a model of the expenses that match a filter and that the caller may see. */
    static ExpenseLazyModel matching(ExpenseService service, ExpenseFilter filter) {
        return new ExpenseLazyModel(service, null, filter);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        long count = customerId != null ? service.countForCustomer(customerId) : service.count(filter);
        return Math.toIntExact(count);
    }

    @Override
    public List<ExpenseRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                 Map<String, FilterMeta> filterBy) {
        ExpenseSortField field = ExpenseSortField.DATE;
        boolean ascending = false;

        for (SortMeta sort : sortBy.values()) {
            ExpenseSortField mapped = SORT_FIELDS.get(sort.getField());
            if (mapped != null && sort.getOrder() != SortOrder.UNSORTED) {
                field = mapped;
                ascending = sort.getOrder() == SortOrder.ASCENDING;
                break;
            }
        }
        if (first == 0) {
            // PrimeFaces counts before loading only for later pages. For the first page it
            // counts after loading when the row count is unknown (zero), so a count left
            // from an earlier request, before rows were added or decided, must not stay.
            setRowCount(0);
        }
        return customerId != null
                ? service.findPageForCustomer(customerId, field, ascending, first, pageSize)
                : service.findPage(filter, field, ascending, first, pageSize);
    }

    /** Returns the filter of a list by filter, for totals and for decisions on every matching row. */
    public ExpenseFilter getFilter() {
        return filter;
    }

    public void setFilter(ExpenseFilter filter) {
        this.filter = filter;
    }

    @Override
    public String getRowKey(ExpenseRow row) {
        return String.valueOf(row.getId());
    }

    @Override
    public ExpenseRow getRowData(String rowKey) {
        List<ExpenseRow> page = getWrappedData();
        if (page == null) {
            return null;
        }
        return page.stream().filter(row -> String.valueOf(row.getId()).equals(rowKey)).findFirst().orElse(null);
    }
}
