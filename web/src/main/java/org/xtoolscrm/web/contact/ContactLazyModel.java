package org.xtoolscrm.web.contact;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.xtoolscrm.contact.ContactFilter;
import org.xtoolscrm.contact.ContactRow;
import org.xtoolscrm.contact.ContactService;
import org.xtoolscrm.contact.ContactSortField;

/**
 * Pages, sorts and searches the list of all contacts in the database through
 * {@link ContactService}; only the rows of the current page reach the web tier.
 */
public class ContactLazyModel extends LazyDataModel<ContactRow> {

    /** The sort fields by the {@code field} of the page's columns. */
    static final Map<String, ContactSortField> SORT_FIELDS = Map.of(
            "name", ContactSortField.NAME,
            "customerName", ContactSortField.CUSTOMER,
            "title", ContactSortField.TITLE,
            "mobile", ContactSortField.MOBILE,
            "email", ContactSortField.EMAIL,
            "updatedAt", ContactSortField.UPDATED_AT);

    private final transient ContactService service;

    private String search;
    private boolean mainOnly;

    /** The filter of the last count, so that load can tell whether the count still fits its rows. */
    private ContactFilter countedFilter;

    ContactLazyModel(ContactService service) {
        this.service = service;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        ContactFilter filter = filter();
        int count = Math.toIntExact(service.countAll(filter));
        countedFilter = filter;
        return count;
    }

    @Override
    public List<ContactRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                 Map<String, FilterMeta> filterBy) {
        ContactSortField field = ContactSortField.NAME;
        boolean ascending = true;
        for (SortMeta sort : sortBy.values()) {
            ContactSortField mapped = SORT_FIELDS.get(sort.getField());
            if (mapped != null && sort.getOrder() != SortOrder.UNSORTED) {
                field = mapped;
                ascending = sort.getOrder() == SortOrder.ASCENDING;
                break;
            }
        }
        // The search box may have changed since PrimeFaces counted; count again so the
        // paginator matches these rows.
        ContactFilter filter = filter();
        if (!filter.equals(countedFilter)) {
            setRowCount(count(filterBy));
        }
        return service.findPage(filter, field, ascending, first, pageSize);
    }

    @Override
    public String getRowKey(ContactRow row) {
        return String.valueOf(row.getId());
    }

    @Override
    public ContactRow getRowData(String rowKey) {
        List<ContactRow> page = getWrappedData();
        if (page == null) {
            return null;
        }
        return page.stream().filter(row -> String.valueOf(row.getId()).equals(rowKey)).findFirst().orElse(null);
    }

    ContactFilter filter() {
        return new ContactFilter(search, mainOnly);
    }

    public String getSearch() {
        return search;
    }

    /** Sets the text of the search box, matched against the start of name, numbers, e-mail and customer. */
    public void setSearch(String search) {
        this.search = search == null || search.isBlank() ? null : search.strip();
    }

    public boolean isMainOnly() {
        return mainOnly;
    }

    public void setMainOnly(boolean mainOnly) {
        this.mainOnly = mainOnly;
    }
}
