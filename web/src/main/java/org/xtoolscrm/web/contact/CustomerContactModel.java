package org.xtoolscrm.web.contact;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.contact.ContactRow;
import org.xtoolscrm.contact.ContactService;

/**
 * Pages one customer's contacts in the database, main contacts first, then by name. When the
 * caller can no longer see the customer, for example after a share was revoked, the list is
 * empty.
 */
public class CustomerContactModel extends LazyDataModel<ContactRow> {

    private final transient ContactService service;
    private final long customerId;

    CustomerContactModel(ContactService service, long customerId) {
        this.service = service;
        this.customerId = customerId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        try {
            return Math.toIntExact(service.count(customerId));
        } catch (RecordNotFoundException e) {
            return 0;
        }
    }

    @Override
    public List<ContactRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                 Map<String, FilterMeta> filterBy) {
        try {
            return service.list(customerId, first, pageSize);
        } catch (RecordNotFoundException e) {
            return List.of();
        }
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
}
