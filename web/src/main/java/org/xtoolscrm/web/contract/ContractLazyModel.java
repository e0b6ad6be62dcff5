package org.xtoolscrm.web.contract;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.xtoolscrm.contract.ContractFilter;
import org.xtoolscrm.contract.ContractRow;
import org.xtoolscrm.contract.ContractService;
import org.xtoolscrm.contract.ContractSortField;

/**
 * Pages and sorts a contract list in the database through {@link ContractService}: every
 * contract the caller may see that matches the filter, or the contracts of one customer.
 * Only the rows of the current page reach the web tier.
 */
public class ContractLazyModel extends LazyDataModel<ContractRow> {

    private static final Map<String, ContractSortField> SORT_FIELDS = Map.of(
            "number", ContractSortField.NUMBER,
            "title", ContractSortField.TITLE,
            "customerName", ContractSortField.CUSTOMER,
            "signedOn", ContractSortField.SIGNED_ON,
            "endsOn", ContractSortField.ENDS_ON,
            "amount", ContractSortField.AMOUNT,
            "status", ContractSortField.STATUS,
            "ownerName", ContractSortField.OWNER);

    private final transient ContractService service;
    /** The customer whose contracts to list, or null for every contract the caller may see. */
    private final Long customerId;

    private ContractFilter filter = ContractFilter.all();

    ContractLazyModel(ContractService service, Long customerId) {
        this.service = service;
        this.customerId = customerId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        long count = customerId == null ? service.count(filter) : service.countForCustomer(customerId);
        return Math.toIntExact(count);
    }

    @Override
    public List<ContractRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                  Map<String, FilterMeta> filterBy) {
        ContractSortField field = ContractSortField.SIGNED_ON;
        boolean ascending = false;
        for (SortMeta sort : sortBy.values()) {
            ContractSortField mapped = sort.getField() == null ? null : SORT_FIELDS.get(sort.getField());
            if (mapped != null && sort.getOrder() != SortOrder.UNSORTED) {
                field = mapped;
                ascending = sort.getOrder() == SortOrder.ASCENDING;
                break;
            }
        }
        // The filters may have changed since PrimeFaces counted, so count again for this page.
        setRowCount(count(filterBy));
        if (customerId == null) {
            return service.findPage(filter, field, ascending, first, pageSize);
        }
        return service.findForCustomer(customerId, field, ascending, first, pageSize);
    }

    @Override
    public String getRowKey(ContractRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public ContractRow getRowData(String rowKey) {
        List<ContractRow> page = getWrappedData();
        if (page == null) {
            return null;
        }
        return page.stream().filter(row -> String.valueOf(row.id()).equals(rowKey)).findFirst().orElse(null);
    }

    void setFilter(ContractFilter filter) {
        this.filter = filter;
    }
}
