package org.xtoolscrm.web.service;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.xtoolscrm.service.ComplaintFilter;
import org.xtoolscrm.service.ComplaintRow;
import org.xtoolscrm.service.ComplaintService;
import org.xtoolscrm.service.ComplaintSortField;

/**
 * Pages and sorts a complaint list in the database through {@link ComplaintService}: the
 * complaints of one customer, or those matching a filter. Without a sort, the newest
 * received come first.
 */
public class ComplaintLazyModel extends LazyDataModel<ComplaintRow> {

    private static final Map<String, ComplaintSortField> SORT_FIELDS = Map.of(
            "receivedAt", ComplaintSortField.RECEIVED,
            "urgency", ComplaintSortField.URGENCY,
            "status", ComplaintSortField.STATUS,
            "customerName", ComplaintSortField.CUSTOMER,
            "handlerName", ComplaintSortField.HANDLER,
            "resolvedAt", ComplaintSortField.RESOLVED,
            "satisfaction", ComplaintSortField.SATISFACTION);

    private final transient ComplaintService service;

    /** The customer whose complaints the list shows, or null for a list by filter. */
    private final Long customerId;

    private ComplaintFilter filter;

    private ComplaintLazyModel(ComplaintService service, Long customerId, ComplaintFilter filter) {
        this.service = service;
        this.customerId = customerId;
        this.filter = filter;
    }

    /** Returns a model of one customer's complaints; the service checks that the caller sees the customer. */
    static ComplaintLazyModel ofCustomer(ComplaintService service, long customerId) {
        return new ComplaintLazyModel(service, customerId, null);
    }

    /** Returns a model of the complaints that match a filter on the customers the caller may see. */
    static ComplaintLazyModel matching(ComplaintService service, ComplaintFilter filter) {
        return new ComplaintLazyModel(service, null, filter);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        long count = customerId != null ? service.countForCustomer(customerId) : service.count(filter);
        return Math.toIntExact(count);
    }

    @Override
    public List<ComplaintRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
        SortChoice<ComplaintSortField> sort = SortChoice.of(sortBy, SORT_FIELDS, ComplaintSortField.RECEIVED, false);
        // Rows may have been added, deleted or filtered since PrimeFaces counted, so count for this page.
        setRowCount(count(filterBy));
        return customerId != null
                ? service.findPageForCustomer(customerId, sort.field(), sort.ascending(), first, pageSize)
                : service.findPage(filter, sort.field(), sort.ascending(), first, pageSize);
    }

    void setFilter(ComplaintFilter filter) {
        this.filter = filter;
    }

    @Override
    public String getRowKey(ComplaintRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public ComplaintRow getRowData(String rowKey) {
        List<ComplaintRow> page = getWrappedData();
        if (page == null) {
            return null;
        }
        return page.stream().filter(row -> String.valueOf(row.id()).equals(rowKey)).findFirst().orElse(null);
    }
}
