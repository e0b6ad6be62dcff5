package org.xtoolscrm.web.customer;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.xtoolscrm.customer.CustomerFilter;
import org.xtoolscrm.customer.CustomerRow;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.customer.CustomerSortField;
import org.xtoolscrm.customer.CustomerStatus;
import org.xtoolscrm.customer.CustomerType;

/**
 * Pages, sorts and filters the customer list in the database through
 * {@link CustomerService}; only the rows of the current page reach the web tier.
 */
public class CustomerLazyModel extends LazyDataModel<CustomerRow> {

    private static final Map<String, CustomerSortField> SORT_FIELDS = Map.of(
            "name", CustomerSortField.NAME,
            "code", CustomerSortField.CODE,
            "status", CustomerSortField.STATUS,
            "city", CustomerSortField.CITY,
            "updatedAt", CustomerSortField.UPDATED_AT);

    private final transient CustomerService service;

    /** The filter of the last count, so that load can tell whether the count still fits its rows. */
    private CustomerFilter countedFilter;

    private String search;

    CustomerLazyModel(CustomerService service) {
        this.service = service;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        CustomerFilter filter = toFilter(filterBy);
        int count = Math.toIntExact(service.count(filter));
        countedFilter = filter;
        return count;
    }

    @Override
    public List<CustomerRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                  Map<String, FilterMeta> filterBy) {
        CustomerSortField field = CustomerSortField.NAME;
        boolean ascending = true;

        for (SortMeta sort : sortBy.values()) {
            CustomerSortField mapped = SORT_FIELDS.get(sort.getField());
            if (mapped != null && sort.getOrder() != SortOrder.UNSORTED) {
                field = mapped;
                ascending = sort.getOrder() == SortOrder.ASCENDING;
                break;
            }
        }
        // PrimeFaces may count with the filters of an earlier request when the user
        // types fast; count again so the paginator always matches these rows.
        CustomerFilter filter = toFilter(filterBy);
        if (!filter.equals(countedFilter)) {
            setRowCount(count(filterBy));
        }
        return service.findPage(filter, field, ascending, first, pageSize);
    }

    /** Returns the filter of the table as last counted, for actions on every matching row. */
    public CustomerFilter currentFilter() {
        return countedFilter == null ? CustomerFilter.none() : countedFilter;
    }

    @Override
    public String getRowKey(CustomerRow row) {
        return String.valueOf(row.getId());
    }

    @Override
    public CustomerRow getRowData(String rowKey) {
        List<CustomerRow> page = getWrappedData();
        if (page == null) {
            return null;
        }
        return page.stream().filter(row -> String.valueOf(row.getId()).equals(rowKey)).findFirst().orElse(null);
    }

    /** Sets the text of the search box, matched against name, phone, contact name and e-mail. */
    public void setSearch(String search) {
        this.search = search;
    }

    public String getSearch() {
        return search;
    }

    private CustomerFilter toFilter(Map<String, FilterMeta> filterBy) {
        return toFilter(filterBy, search);
    }

    static CustomerFilter toFilter(Map<String, FilterMeta> filterBy, String search) {
        return new CustomerFilter(
                text(filterBy, "name"),
                text(filterBy, "code"),
                text(filterBy, "city"),
                enumValue(filterBy, "status", CustomerStatus.class),
                enumValue(filterBy, "type", CustomerType.class),
                ownerId(filterBy),
                search,
                text(filterBy, "industry"),
                text(filterBy, "region"));
    }

    private static Object value(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        return meta == null ? null : meta.getFilterValue();
    }

    private static String text(Map<String, FilterMeta> filterBy, String field) {
        Object value = value(filterBy, field);
        return value == null ? null : value.toString();
    }

    private static <E extends Enum<E>> E enumValue(Map<String, FilterMeta> filterBy, String field, Class<E> type) {
        Object value = value(filterBy, field);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        try {
            return Enum.valueOf(type, value.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long ownerId(Map<String, FilterMeta> filterBy) {
        Object value = value(filterBy, "owner");
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
