package org.xtoolscrm.web.service;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.xtoolscrm.service.ServiceRecordFilter;
import org.xtoolscrm.service.ServiceRecordRow;
import org.xtoolscrm.service.ServiceRecordService;
import org.xtoolscrm.service.ServiceRecordSortField;

/**
 * Pages and sorts a service record list in the database through {@link ServiceRecordService}:
 * the records of one customer, or those matching a filter. Without a sort, the newest come first.
 */
public class ServiceRecordLazyModel extends LazyDataModel<ServiceRecordRow> {

    private static final Map<String, ServiceRecordSortField> SORT_FIELDS = Map.of(
            "date", ServiceRecordSortField.DATE,
            "customerName", ServiceRecordSortField.CUSTOMER,
            "handlerName", ServiceRecordSortField.HANDLER,
            "hours", ServiceRecordSortField.HOURS);

    private final transient ServiceRecordService service;

    /** The customer whose records the list shows, or null for a list by filter. */
    private final Long customerId;

    private ServiceRecordFilter filter;

    private ServiceRecordLazyModel(ServiceRecordService service, Long customerId, ServiceRecordFilter filter) {
        this.service = service;
        this.customerId = customerId;
        this.filter = filter;
    }

    /** Returns a model of one customer's records; the service checks that the caller sees the customer. */
    static ServiceRecordLazyModel ofCustomer(ServiceRecordService service, long customerId) {
        return new ServiceRecordLazyModel(service, customerId, null);
    }

    /** Returns a model of the records that match a filter on the customers the caller may see. */
    static ServiceRecordLazyModel matching(ServiceRecordService service, ServiceRecordFilter filter) {
        return new ServiceRecordLazyModel(service, null, filter);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        long count = customerId != null ? service.countForCustomer(customerId) : service.count(filter);
        return Math.toIntExact(count);
    }

    @Override
    public List<ServiceRecordRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
        SortChoice<ServiceRecordSortField> sort = SortChoice.of(sortBy, SORT_FIELDS, ServiceRecordSortField.DATE,
                false);
        // Rows may have been added, deleted or filtered since PrimeFaces counted, so count for this page.
        setRowCount(count(filterBy));
        return customerId != null
                ? service.findPageForCustomer(customerId, sort.field(), sort.ascending(), first, pageSize)
                : service.findPage(filter, sort.field(), sort.ascending(), first, pageSize);
    }

    ServiceRecordFilter getFilter() {
        return filter;
    }

    void setFilter(ServiceRecordFilter filter) {
        this.filter = filter;
    }

    @Override
    public String getRowKey(ServiceRecordRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public ServiceRecordRow getRowData(String rowKey) {
        List<ServiceRecordRow> page = getWrappedData();
        if (page == null) {
            return null;
        }
        return page.stream().filter(row -> String.valueOf(row.id()).equals(rowKey)).findFirst().orElse(null);
    }
}
